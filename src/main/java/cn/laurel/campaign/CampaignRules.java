package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.org.UnitType;

/**
 * The configuration rules of campaigns and categories. Each rule returns the violations it finds,
 * named by a message key the organiser reads; a change is saved only when no rule finds any.
 */
final class CampaignRules {

	static final int MAX_PUBLICITY_WORKING_DAYS = 30;

	private CampaignRules() {
	}

	static List<Violation> basics(Campaign.Basics basics) {
		List<Violation> violations = new ArrayList<>();
		if (basics.title() == null || basics.title().isBlank()) {
			violations.add(Violation.of("title", "campaign.rule.title-required"));
		}
		if (basics.publicityWorkingDays() < 1 || basics.publicityWorkingDays() > MAX_PUBLICITY_WORKING_DAYS) {
			violations.add(Violation.of("publicityWorkingDays", "campaign.rule.publicity-days-range",
					MAX_PUBLICITY_WORKING_DAYS));
		}
		if (basics.hosts().size() != new HashSet<>(basics.hosts()).size()) {
			violations.add(Violation.of("hosts", "campaign.rule.hosts-unique"));
		}
		return violations;
	}

	static List<Violation> leadingGroup(List<GroupMember> members) {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			GroupMember member = members.get(i);
			if (member.name() == null || member.name().isBlank() || member.post() == null) {
				violations.add(Violation.of("leadingGroup[" + i + "]", "campaign.rule.member-incomplete", i + 1));
			}
		}
		boolean hasLeader = members.stream()
			.anyMatch(member -> member.subGroup() == null && member.post() == GroupMember.Post.LEADER);
		if (!members.isEmpty() && !hasLeader) {
			violations.add(Violation.of("leadingGroup", "campaign.rule.leading-group-needs-leader"));
		}
		return violations;
	}

	/**
	 * Dates must be in order: each window ends on or after its start, the mandatory phases are
	 * scheduled, and a later phase neither starts nor ends before an earlier one.
	 */
	static List<Violation> schedule(List<PhaseWindow> windows) {
		List<Violation> violations = new ArrayList<>();
		Set<CampaignPhase> seen = new HashSet<>();
		for (int i = 0; i < windows.size(); i++) {
			PhaseWindow window = windows.get(i);
			String field = "schedule[" + i + "]";
			if (window.phase() == null || !window.phase().isSchedulable()) {
				violations.add(Violation.of(field, "campaign.rule.phase-not-schedulable"));
				continue;
			}
			if (!seen.add(window.phase())) {
				violations.add(Violation.of(field, "campaign.rule.phase-twice", window.phase().messageKey()));
			}
			if (window.startsOn() == null || window.endsOn() == null) {
				violations.add(Violation.of(field, "campaign.rule.window-dates-required", window.phase().messageKey()));
			}
			else if (window.endsOn().isBefore(window.startsOn())) {
				violations.add(Violation.of(field, "campaign.rule.window-ends-before-start",
						window.phase().messageKey()));
			}
		}
		for (CampaignPhase phase : CampaignPhase.schedulable()) {
			if (phase.isMandatory() && !seen.contains(phase)) {
				violations.add(Violation.of("schedule", "campaign.rule.mandatory-phase-missing", phase.messageKey()));
			}
		}
		List<PhaseWindow> ordered = windows.stream()
			.filter(w -> w.phase() != null && w.phase().isSchedulable() && w.startsOn() != null && w.endsOn() != null)
			.sorted((a, b) -> a.phase().compareTo(b.phase()))
			.toList();
		for (int i = 1; i < ordered.size(); i++) {
			PhaseWindow earlier = ordered.get(i - 1);
			PhaseWindow later = ordered.get(i);
			if (later.startsOn().isBefore(earlier.startsOn()) || later.endsOn().isBefore(earlier.endsOn())) {
				violations.add(Violation.of("schedule", "campaign.rule.phases-out-of-order",
						earlier.phase().messageKey(), later.phase().messageKey()));
			}
		}
		return violations;
	}

	/** Weights are whole percentages between 1 and 100, one per component, summing to exactly 100. */
	static List<Violation> scoringWeights(List<ScoringWeight> weights) {
		List<Violation> violations = new ArrayList<>();
		if (weights.isEmpty()) {
			return violations;
		}
		for (int i = 0; i < weights.size(); i++) {
			ScoringWeight weight = weights.get(i);
			if (weight.component() == null || weight.label() == null || weight.label().isBlank()) {
				violations.add(Violation.of("scoringWeights[" + i + "]", "campaign.rule.weight-incomplete", i + 1));
			}
			if (weight.weight() < 1 || weight.weight() > 100) {
				violations.add(Violation.of("scoringWeights[" + i + "]", "campaign.rule.weight-range", i + 1));
			}
		}
		long votes = weights.stream().filter(w -> w.component() == ScoringWeight.Source.ONLINE_VOTES).count();
		if (votes > 1) {
			violations.add(Violation.of("scoringWeights", "campaign.rule.votes-once"));
		}
		Set<String> labels = weights.stream().map(ScoringWeight::label).filter(Objects::nonNull)
			.map(String::trim).collect(Collectors.toSet());
		if (labels.size() != weights.size()) {
			violations.add(Violation.of("scoringWeights", "campaign.rule.weight-labels-unique"));
		}
		int sum = weights.stream().mapToInt(ScoringWeight::weight).sum();
		if (sum != 100) {
			violations.add(Violation.of("scoringWeights", "campaign.rule.weights-sum-to-100", sum));
		}
		return violations;
	}

	/** A unit's own 公示, when asked for, runs 1 to {@value UnitPublicityRule#MAX_WORKING_DAYS} working days. */
	static List<Violation> unitPublicity(UnitPublicityRule rule) {
		if (rule.required() && (rule.workingDays() < 1 || rule.workingDays() > UnitPublicityRule.MAX_WORKING_DAYS)) {
			return List.of(Violation.of("workingDays", "campaign.rule.unit-publicity-days",
					UnitPublicityRule.MAX_WORKING_DAYS));
		}
		return List.of();
	}

	static List<Violation> nominationLimits(List<NominationLimit> limits, List<Long> categoryIds) {
		List<Violation> violations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < limits.size(); i++) {
			NominationLimit limit = limits.get(i);
			String field = "nominationLimits[" + i + "]";
			if (limit.unitType() == null) {
				violations.add(Violation.of(field, "campaign.rule.limit-unit-type-required", i + 1));
				continue;
			}
			if (limit.minCount() < 0 || limit.maxCount() < 1 || limit.minCount() > limit.maxCount()) {
				violations.add(Violation.of(field, "campaign.rule.limit-min-max", i + 1));
			}
			if (limit.categoryId() != null && !categoryIds.contains(limit.categoryId())) {
				violations.add(Violation.of(field, "campaign.rule.limit-unknown-category", i + 1));
			}
			if (!seen.add(limit.unitType() + "/" + limit.categoryId())) {
				violations.add(Violation.of(field, "campaign.rule.limit-twice", i + 1));
			}
		}
		return violations;
	}

	/**
	 * Each chain (a unit type's campaign-wide one, or its own in one category) is numbered 1, 2, 3 … without gaps or
	 * repeats; every step names the opinion it collects; a named category is one of the campaign's; and a step at the
	 * stationed town is only possible for units stationed in one (派驻中队).
	 */
	static List<Violation> endorsementChains(List<EndorsementStep> steps, List<Long> categoryIds) {
		List<Violation> violations = new ArrayList<>();
		Map<UnitType, Map<Long, List<Integer>>> orders = new EnumMap<>(UnitType.class);
		for (int i = 0; i < steps.size(); i++) {
			EndorsementStep step = steps.get(i);
			String field = "endorsementSteps[" + i + "]";
			if (step.unitType() == null || step.capacity() == null || step.endorserUnit() == null) {
				violations.add(Violation.of(field, "campaign.rule.step-incomplete", i + 1));
				continue;
			}
			if (step.title() == null || step.title().length() > EndorsementStep.TITLE_MAX) {
				violations.add(Violation.of(field, "campaign.rule.step-title", i + 1, EndorsementStep.TITLE_MAX));
			}
			if (step.categoryId() != null && !categoryIds.contains(step.categoryId())) {
				violations.add(Violation.of(field, "campaign.rule.step-unknown-category", i + 1));
			}
			if (step.endorserUnit() == EndorsementStep.EndorserUnit.STATIONED_TOWN
					&& step.unitType() != UnitType.STATIONED_SQUADRON) {
				violations.add(Violation.of(field, "campaign.rule.town-step-needs-stationed-unit", i + 1));
			}
			orders.computeIfAbsent(step.unitType(), type -> new HashMap<>())
				.computeIfAbsent(step.categoryId(), category -> new ArrayList<>())
				.add(step.stepOrder());
		}
		orders.forEach((type, chains) -> chains.forEach((category, numbers) -> {
			List<Integer> sorted = numbers.stream().sorted().toList();
			for (int i = 0; i < sorted.size(); i++) {
				if (sorted.get(i) != i + 1) {
					violations.add(Violation.of("endorsementSteps", "campaign.rule.step-order-gapless",
							type.messageKey()));
					break;
				}
			}
		}));
		return violations;
	}

	/**
	 * The quota is positive; segments, if any, sum to the quota; allocations never add up to more
	 * than the quota (nor to more than their segment's quota); a share cap needs allocations.
	 */
	static List<Violation> category(Category.Settings settings) {
		List<Violation> violations = new ArrayList<>();
		if (settings.name() == null || settings.name().isBlank()) {
			violations.add(Violation.of("name", "campaign.rule.category-name-required"));
		}
		if (settings.nomineeKind() == null) {
			violations.add(Violation.of("nomineeKind", "campaign.rule.nominee-kind-required"));
		}
		if (settings.quota() < 1) {
			violations.add(Violation.of("quota", "campaign.rule.quota-positive"));
		}
		String criteria = Criteria.tidy(settings.criteria());
		if (criteria != null && criteria.length() > Criteria.MAX_LENGTH) {
			violations.add(Violation.of("criteria", "campaign.rule.criteria-too-long", Criteria.MAX_LENGTH));
		}
		violations.addAll(segments(settings));
		violations.addAll(allocations(settings));
		ShareCap cap = settings.shareCap();
		if (cap != null) {
			if (cap.label() == null || cap.label().isBlank() || cap.percent() == null || cap.percent() < 1
					|| cap.percent() > 100) {
				violations.add(Violation.of("shareCap", "campaign.rule.share-cap-range"));
			}
			if (settings.allocations().isEmpty()) {
				violations.add(Violation.of("shareCap", "campaign.rule.share-cap-needs-allocation"));
			}
		}
		return violations;
	}

	private static List<Violation> segments(Category.Settings settings) {
		List<Violation> violations = new ArrayList<>();
		List<Segment> segments = settings.segments();
		if (segments.isEmpty()) {
			return violations;
		}
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			if (segment.name() == null || segment.name().isBlank() || segment.quota() < 1) {
				violations.add(Violation.of("segments[" + i + "]", "campaign.rule.segment-incomplete", i + 1));
			}
		}
		if (segments.stream().map(Segment::name).distinct().count() != segments.size()) {
			violations.add(Violation.of("segments", "campaign.rule.segment-names-unique"));
		}
		int sum = segments.stream().mapToInt(Segment::quota).sum();
		if (sum != settings.quota()) {
			violations.add(Violation.of("segments", "campaign.rule.segments-sum-to-quota", sum, settings.quota()));
		}
		return violations;
	}

	private static List<Violation> allocations(Category.Settings settings) {
		List<Violation> violations = new ArrayList<>();
		List<Allocation> allocations = settings.allocations();
		Map<String, Integer> segmentQuotas = settings.segments().stream()
			.collect(Collectors.toMap(Segment::name, Segment::quota, (a, b) -> a));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < allocations.size(); i++) {
			Allocation allocation = allocations.get(i);
			String field = "allocations[" + i + "]";
			if (allocation.unitId() == null || allocation.quota() < 1) {
				violations.add(Violation.of(field, "campaign.rule.allocation-incomplete", i + 1));
			}
			if (allocation.segment() != null && !segmentQuotas.containsKey(allocation.segment())) {
				violations.add(Violation.of(field, "campaign.rule.allocation-unknown-segment", i + 1,
						allocation.segment()));
			}
			if (!seen.add(allocation.unitId() + "/" + allocation.segment())) {
				violations.add(Violation.of(field, "campaign.rule.allocation-twice", i + 1));
			}
		}
		int total = allocations.stream().mapToInt(Allocation::quota).sum();
		if (total > settings.quota()) {
			violations.add(Violation.of("allocations", "campaign.rule.allocation-exceeds-quota", total,
					settings.quota()));
		}
		segmentQuotas.forEach((segment, quota) -> {
			int allocated = allocations.stream().filter(a -> segment.equals(a.segment()))
				.mapToInt(Allocation::quota).sum();
			if (allocated > quota) {
				violations.add(Violation.of("allocations", "campaign.rule.allocation-exceeds-segment", segment,
						allocated, quota));
			}
		});
		return violations;
	}

	static List<Violation> eligibility(List<EligibilityRule> rules, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			violations.addAll(rules.get(i).check("eligibilityRules[" + i + "]", today));
		}
		if (rules.stream().map(EligibilityRule::type).distinct().count() != rules.size()) {
			violations.add(Violation.of("eligibilityRules", "campaign.rule.eligibility-twice"));
		}
		return violations;
	}

}
