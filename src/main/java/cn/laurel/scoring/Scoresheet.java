package cn.laurel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.laurel.campaign.Violation;

/**
 * One judge's sheet for one candidate: points per criterion (in the criteria's order, blank while a
 * draft) and a comment, or a ballot in a ballot panel.
 */
public record Scoresheet(long panelId, long judgeId, long candidateId, List<BigDecimal> points, Ballot ballot,
		String comment, Instant updatedAt) {

	/** Longer comments are for the deed material, not the scoresheet. */
	static final int MAX_COMMENT = 500;

	public Scoresheet {
		points = points == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(points));
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	/** What a draft must already respect: every point given lies within its criterion, in hundredths. */
	List<Violation> check(Panel panel) {
		List<Violation> violations = new ArrayList<>();
		List<Criterion> criteria = panel.settings().criteria();
		if (panel.mode() == PanelMode.SCORES && this.points.size() > criteria.size()) {
			violations.add(Violation.of("points", "scoring.rule.points-count"));
			return violations;
		}
		for (int i = 0; i < this.points.size(); i++) {
			BigDecimal given = this.points.get(i);
			if (given != null && (given.signum() < 0 || given.compareTo(criteria.get(i).maxPoints()) > 0
					|| given.stripTrailingZeros().scale() > Points.SCALE)) {
				violations.add(Violation.of("points[" + i + "]", "scoring.rule.points-range", criteria.get(i).name(),
						criteria.get(i).maxPoints()));
			}
		}
		if (this.comment != null && this.comment.length() > MAX_COMMENT) {
			violations.add(Violation.of("comment", "scoring.rule.comment-too-long", MAX_COMMENT));
		}
		return violations;
	}

	/** Whether the sheet may be submitted: every criterion given, or the ballot cast. */
	boolean isComplete(Panel panel) {
		if (panel.mode() == PanelMode.BALLOT) {
			return this.ballot != null;
		}
		return this.points.size() == panel.settings().criteria().size() && this.points.stream().allMatch(p -> p != null);
	}

	/** The sheet's total on the panel's scale. */
	public BigDecimal total() {
		return this.points.stream().filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
