package cn.laurel.scoring.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.scoring.Numbers;
import cn.laurel.scoring.Scheme;
import cn.laurel.scoring.VotePoints;

/** The scheme as the organiser types it: the vote rule, its step, and the tie-breaks in order. */
class SchemeForm {

	private VotePoints votePoints = VotePoints.SHARE_OF_TOP;

	private String rankStep;

	private List<String> tieBreaks = new ArrayList<>();

	static SchemeForm of(Scheme scheme) {
		SchemeForm form = new SchemeForm();
		form.votePoints = scheme.votePoints();
		form.rankStep = Numbers.typed(scheme.rankStep());
		form.tieBreaks = new ArrayList<>(scheme.tieBreaks());
		return form;
	}

	/** Blank tie-break choices are left out; a step that is not a number is refused by the rules. */
	Scheme asScheme() {
		return new Scheme(this.votePoints, Numbers.parse(this.rankStep),
				this.tieBreaks.stream().filter(label -> label != null && !label.isBlank()).toList());
	}

	/** The tie-break chosen at {@code index}, or blank. */
	public String tieBreakAt(int index) {
		return index < this.tieBreaks.size() ? this.tieBreaks.get(index) : "";
	}

	public VotePoints getVotePoints() {
		return this.votePoints;
	}

	public void setVotePoints(VotePoints votePoints) {
		this.votePoints = votePoints;
	}

	public String getRankStep() {
		return this.rankStep;
	}

	public void setRankStep(String rankStep) {
		this.rankStep = rankStep;
	}

	public List<String> getTieBreaks() {
		return this.tieBreaks;
	}

	public void setTieBreaks(List<String> tieBreaks) {
		this.tieBreaks = tieBreaks;
	}

}
