package cn.laurel.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.scoring.Ballot;
import cn.laurel.scoring.Criterion;
import cn.laurel.scoring.Numbers;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.Scoresheet;
import cn.laurel.scoring.ScoringRefused;

/** A judge's sheet as typed: points as text (so a refused sheet shows what was typed), ballot, comment. */
class SheetForm {

	private List<String> points = new ArrayList<>();

	private Ballot ballot;

	private String comment;

	static SheetForm of(Scoresheet sheet) {
		SheetForm form = new SheetForm();
		sheet.points().forEach(p -> form.points.add(Numbers.typed(p)));
		form.ballot = sheet.ballot();
		form.comment = sheet.comment();
		return form;
	}

	/**
	 * The points typed, one per criterion; blank stays blank. Text that is no number is refused here,
	 * naming the criterion, rather than silently taken for a blank.
	 */
	List<BigDecimal> asPoints(Panel panel) {
		List<Criterion> criteria = panel.settings().criteria();
		List<BigDecimal> parsed = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			String typed = i < this.points.size() ? this.points.get(i) : null;
			BigDecimal number = Numbers.parse(typed);
			if (number == null && typed != null && !typed.isBlank()) {
				throw ScoringRefused.of("points[" + i + "]", "scoring.rule.points-range", criteria.get(i).name(),
						criteria.get(i).maxPoints());
			}
			parsed.add(number);
		}
		return parsed;
	}

	/** The points typed for criterion {@code index}. */
	public String pointsAt(int index) {
		return index < this.points.size() ? this.points.get(index) : "";
	}

	public List<String> getPoints() {
		return this.points;
	}

	public void setPoints(List<String> points) {
		this.points = points;
	}

	public Ballot getBallot() {
		return this.ballot;
	}

	public void setBallot(Ballot ballot) {
		this.ballot = ballot;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
