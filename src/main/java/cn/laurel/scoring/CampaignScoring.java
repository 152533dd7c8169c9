package cn.laurel.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.Candidates;

/**
 * A campaign's scoring as it stands: its panels and judges, recusals, the sheets that count, the
 * votes, and each category's standings.
 *
 * @param lock who locked scoring and when, or {@code null} while it is open
 * @param votes the votes used: frozen at the lock, live before it
 */
public record CampaignScoring(Campaign campaign, Scheme scheme, ScoringRecords.Lock lock, boolean shortlisted,
		List<Panel> panels, Map<Long, List<Member>> members, List<Recusal> recusals, List<Scoresheet> submitted,
		Map<Long, Long> votes, List<TieDecision> decisions, List<CategoryScoring> categories) {

	/** One category's candidates in rank order. */
	public record CategoryScoring(Category category, List<CategoryEvaluation.Standing> standings,
			Map<Long, Candidates.Candidate> candidates) {

		boolean hasPendingTie() {
			return this.standings.stream().anyMatch(s -> s.placement().outcome() == Outcome.TIE_PENDING);
		}

	}

	public boolean isLocked() {
		return this.lock != null;
	}

	public Optional<Panel> panelFor(String component) {
		return this.panels.stream().filter(panel -> panel.settings().component().equals(component)).findFirst();
	}

	/** The campaign's panel components that no panel has been set up for. */
	public List<String> componentsWithoutPanel() {
		return this.campaign.getScoringWeights()
			.stream()
			.filter(w -> w.component() == ScoringWeight.Source.PANEL && panelFor(w.label()).isEmpty())
			.map(ScoringWeight::label)
			.toList();
	}

	public Optional<CategoryScoring> categoryOf(long candidateId) {
		return this.categories.stream().filter(c -> c.candidates().containsKey(candidateId)).findFirst();
	}

	/** The judge's submitted sheet for the candidate, if it counts. */
	public Optional<Scoresheet> submittedSheet(long panelId, long judgeId, long candidateId) {
		return this.submitted.stream()
			.filter(s -> s.panelId() == panelId && s.judgeId() == judgeId && s.candidateId() == candidateId)
			.findFirst();
	}

	public Member member(long panelId, long judgeId) {
		return this.members.getOrDefault(panelId, List.of())
			.stream()
			.filter(m -> m.accountId() == judgeId)
			.findFirst()
			.orElse(null);
	}

}
