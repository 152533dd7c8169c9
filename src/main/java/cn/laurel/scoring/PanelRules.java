package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.laurel.campaign.ScoringWeight;
import cn.laurel.campaign.Violation;

/**
 * The rules a panel's configuration keeps. Each returns the violations it finds, named by a message
 * key the organiser reads; a change is saved only when none is found.
 */
final class PanelRules {

	/** More points than this on one line of a scoresheet is a typing mistake. */
	static final BigDecimal MAX_CRITERION_POINTS = BigDecimal.valueOf(1000);

	private PanelRules() {
	}

	/**
	 * A panel has a name unique in its campaign and is set up for one of the campaign's panel
	 * components that no other panel has; a scoring panel has at least one criterion, each named once
	 * and worth more than nothing.
	 */
	static List<Violation> settings(Panel.Settings settings, List<ScoringWeight> weights, List<Panel> others) {
		List<Violation> violations = new ArrayList<>();
		if (settings.name() == null || settings.name().isBlank()) {
			violations.add(Violation.of("name", "scoring.rule.panel-name-required"));
		}
		else if (others.stream().anyMatch(other -> other.name().equals(settings.name().strip()))) {
			violations.add(Violation.of("name", "scoring.rule.panel-name-taken", settings.name().strip()));
		}
		if (settings.mode() == null || settings.aggregation() == null || settings.recusalScope() == null) {
			violations.add(Violation.of("mode", "scoring.rule.panel-incomplete"));
		}
		boolean component = weights.stream()
			.anyMatch(w -> w.component() == ScoringWeight.Source.PANEL && w.label().equals(settings.component()));
		if (!component) {
			violations.add(Violation.of("component", "scoring.rule.panel-component-unknown"));
		}
		else if (others.stream().anyMatch(other -> other.settings().component().equals(settings.component()))) {
			violations.add(Violation.of("component", "scoring.rule.panel-component-taken", settings.component()));
		}
		if (settings.mode() == PanelMode.SCORES) {
			violations.addAll(criteria(settings.criteria()));
		}
		return violations;
	}

	private static List<Violation> criteria(List<Criterion> criteria) {
		List<Violation> violations = new ArrayList<>();
		if (criteria.isEmpty()) {
			violations.add(Violation.of("criteria", "scoring.rule.criteria-required"));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			String field = "criteria[" + i + "]";
			if (criterion.name() == null || criterion.name().isBlank() || criterion.maxPoints() == null
					|| criterion.maxPoints().signum() <= 0 || criterion.maxPoints().compareTo(MAX_CRITERION_POINTS) > 0
					|| criterion.maxPoints().stripTrailingZeros().scale() > Points.SCALE) {
				violations.add(Violation.of(field, "scoring.rule.criterion-incomplete", i + 1, MAX_CRITERION_POINTS));
			}
			else if (!names.add(criterion.name().strip())) {
				violations.add(Violation.of(field, "scoring.rule.criterion-twice", criterion.name().strip()));
			}
		}
		return violations;
	}

	/**
	 * Each category is assigned once, to all its candidates or to a chosen few of its own.
	 *
	 * @param categoryOf each candidate of the campaign with its category
	 */
	static List<Violation> assignments(List<Panel.Assignment> assignments, Set<Long> categoryIds,
			Map<Long, Long> categoryOf) {
		List<Violation> violations = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Panel.Assignment assignment : assignments) {
			if (!categoryIds.contains(assignment.categoryId()) || !seen.add(assignment.categoryId())) {
				violations.add(Violation.of("assignments", "scoring.rule.assignment-category"));
				continue;
			}
			if (!assignment.all() && assignment.candidateIds().isEmpty()) {
				violations.add(Violation.of("assignments", "scoring.rule.assignment-empty"));
			}
			if (assignment.candidateIds()
				.stream()
				.anyMatch(id -> !Objects.equals(categoryOf.get(id), assignment.categoryId()))) {
				violations.add(Violation.of("assignments", "scoring.rule.assignment-foreign-candidate"));
			}
		}
		return violations;
	}

}
