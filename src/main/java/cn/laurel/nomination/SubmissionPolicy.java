package cn.laurel.nomination;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.UnitPublicityRule;
import cn.laurel.campaign.Violation;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;

/**
 * The rules a nomination must meet to be submitted, from the campaign's configuration: the window,
 * the form, photos and scan, the unit's own 公示, the unit's limits (and its tree's), segments, allocation and share cap, and the
 * category's eligibility rules. Returns every refusal at once, plus the flags to raise.
 */
final class SubmissionPolicy {

	/** A returned nomination may be resubmitted until 初审 is over. */
	private static final Set<CampaignPhase> RESUBMISSION_PHASES = EnumSet.of(CampaignPhase.NOMINATION,
			CampaignPhase.ENDORSEMENT, CampaignPhase.PRELIMINARY_REVIEW);

	/** A unit's 公示 said to start before this is a typing slip (and beyond the working-day calendar). */
	private static final LocalDate EARLIEST_PUBLICITY = LocalDate.of(2000, 1, 1);

	private SubmissionPolicy() {
	}

	/** The unit's other nominations in the campaign that use up places. */
	record Sibling(long categoryId, String segment, boolean shareCapped) {
	}

	/** A nomination of the campaign that uses up places, from whichever unit: limits over a unit's tree count it. */
	record Placed(long id, String name, long unitId, long categoryId) {
	}

	/** The files attached to the nomination. */
	record Attachments(int photos, boolean sealedScan, boolean unitPublicityProof) {

		Attachments(int photos, boolean sealedScan) {
			this(photos, sealedScan, false);
		}

	}

	/** The working-day calendar: the last day of {@code days} working days from {@code start}. */
	@FunctionalInterface
	interface LastWorkingDay {

		LocalDate of(LocalDate start, int days);

	}

	record Outcome(List<Violation> refusals, List<Flag> flags) {
	}

	static Outcome check(Nomination nomination, Campaign campaign, Category category, FormDefinition form, Unit unit,
			Attachments attachments, List<Sibling> siblings, UnitTree tree, List<Placed> placed,
			LastWorkingDay calendar, LocalDate today) {
		List<Violation> refusals = new ArrayList<>();
		refusals.addAll(window(nomination, campaign, today));
		refusals.addAll(AnswerRules.check(form, nomination.getAnswers()));
		refusals.addAll(attachments(form, attachments));
		refusals.addAll(unitPublicity(campaign.getUnitPublicity(), nomination.getUnitPublicity(), attachments, calendar,
				today));
		refusals.addAll(limits(campaign, category, unit, siblings));
		refusals.addAll(treeLimits(campaign, category, unit, tree, placed));
		refusals.addAll(quotaShares(nomination, category, unit, siblings));
		List<Flag> flags = new ArrayList<>();
		eligibility(nomination, category, form, today, refusals, flags);
		return new Outcome(refusals, flags);
	}

	/** First submissions only in the nomination phase and its window; resubmissions until 初审 ends. */
	static List<Violation> window(Nomination nomination, Campaign campaign, LocalDate today) {
		boolean first = nomination.getStatus() == NominationStatus.DRAFT;
		if (first ? campaign.getPhase() != CampaignPhase.NOMINATION
				: !RESUBMISSION_PHASES.contains(campaign.getPhase())) {
			return List.of(Violation.of("window", "nomination.rule.phase-closed", campaign.getPhase().messageKey()));
		}
		Optional<PhaseWindow> window = campaign.window(first ? CampaignPhase.NOMINATION
				: CampaignPhase.PRELIMINARY_REVIEW);
		if (window.isPresent() && today.isBefore(window.get().startsOn()) && first) {
			return List.of(Violation.of("window", "nomination.rule.window-not-open", window.get().startsOn().toString()));
		}
		if (window.isPresent() && window.get().isOver(today)) {
			return List.of(Violation.of("window", "nomination.rule.deadline-passed", window.get().endsOn().toString()));
		}
		return List.of();
	}

	static List<Violation> attachments(FormDefinition form, Attachments attachments) {
		List<Violation> violations = new ArrayList<>();
		FormDefinition.Photos photos = form.photos();
		if (attachments.photos() < photos.min() || attachments.photos() > photos.max()) {
			violations.add(Violation.of("photos", "nomination.rule.photo-count", photos.min(), photos.max(),
					attachments.photos()));
		}
		if (form.sealedScanRequired() && !attachments.sealedScan()) {
			violations.add(Violation.of("sealedScan", "nomination.rule.sealed-scan-required"));
		}
		return violations;
	}

	/**
	 * Seed 003: "推荐名单和项目在县区主要媒体或单位公示不少于3个工作日". Where the campaign asks for it, the unit's 公示
	 * needs its start, where it was published and its proof, and submission waits until its working days have run;
	 * the refusal gives its last day and the day from which the nomination may be submitted.
	 */
	static List<Violation> unitPublicity(UnitPublicityRule rule, UnitPublicity publicity, Attachments attachments,
			LastWorkingDay calendar, LocalDate today) {
		if (!rule.required()) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		LocalDate startsOn = publicity.startsOn();
		if (startsOn == null || startsOn.isBefore(EARLIEST_PUBLICITY)) {
			violations.add(Violation.of("unitPublicity.startsOn", "nomination.rule.unit-publicity-start-required",
					rule.workingDays()));
		}
		else {
			LocalDate lastDay = calendar.of(startsOn, rule.workingDays());
			if (!today.isAfter(lastDay)) {
				violations.add(Violation.of("unitPublicity.startsOn", "nomination.rule.unit-publicity-running",
						rule.workingDays(), lastDay.toString(), lastDay.plusDays(1).toString()));
			}
		}
		if (publicity.publishedAt() == null) {
			violations.add(Violation.of("unitPublicity.publishedAt", "nomination.rule.unit-publicity-place-required"));
		}
		if (!attachments.unitPublicityProof()) {
			violations.add(Violation.of("unitPublicityProof", "nomination.rule.unit-publicity-proof-required"));
		}
		return violations;
	}

	/** Seed 000: 1–2 per unit across the campaign; seed 003: 1 (市直单位) or 3 (县区) per category. */
	static List<Violation> limits(Campaign campaign, Category category, Unit unit, List<Sibling> siblings) {
		List<Violation> violations = new ArrayList<>();
		for (NominationLimit limit : campaign.getNominationLimits()) {
			if (limit.unitType() != unit.getType() || limit.countsUnitsBelow()) {
				continue;
			}
			if (limit.isCampaignWide() && siblings.size() + 1 > limit.maxCount()) {
				violations.add(Violation.of("limit", "nomination.rule.unit-limit", limit.maxCount()));
			}
			if (Objects.equals(limit.categoryId(), category.getId())
					&& inCategory(category, siblings).size() + 1 > limit.maxCount()) {
				violations.add(Violation.of("limit", "nomination.rule.category-limit", category.getName(),
						limit.maxCount()));
			}
		}
		return violations;
	}

	/**
	 * Seed 003: a 县区's three per category include what its 乡镇 and 县直单位 recommend. Each unit at or above the
	 * nominating one whose type has a limit over the units below it counts the nominations of its whole tree; a
	 * refusal names that unit and the nominations that fill its places.
	 */
	static List<Violation> treeLimits(Campaign campaign, Category category, Unit unit, UnitTree tree,
			List<Placed> placed) {
		List<Violation> violations = new ArrayList<>();
		List<Unit> lineage = tree.selfAndAncestors(unit.getId());
		for (NominationLimit limit : campaign.getNominationLimits()) {
			boolean counts = limit.isCampaignWide() || Objects.equals(limit.categoryId(), category.getId());
			if (!limit.countsUnitsBelow() || !counts) {
				continue;
			}
			for (Unit holder : lineage.isEmpty() ? List.of(unit) : lineage) {
				if (holder.getType() != limit.unitType()) {
					continue;
				}
				Set<Long> below = tree.selfAndDescendants(holder.getId());
				List<Placed> using = placed.stream()
					.filter(p -> below.contains(p.unitId()))
					.filter(p -> limit.isCampaignWide() || p.categoryId() == category.getId())
					.toList();
				if (using.size() + 1 <= limit.maxCount()) {
					continue;
				}
				violations.add(limit.isCampaignWide()
						? Violation.of("limit", "nomination.rule.tree-unit-limit", holder.getName(), limit.maxCount(),
								names(using, tree))
						: Violation.of("limit", "nomination.rule.tree-category-limit", holder.getName(),
								category.getName(), limit.maxCount(), names(using, tree)));
			}
		}
		return violations;
	}

	/** Each nomination by its nominee and the unit that made it, for the refusal to list. */
	private static List<Violation> names(List<Placed> placed, UnitTree tree) {
		return placed.stream()
			.map(p -> Violation.of("limit", "nomination.rule.filled-by",
					p.name() == null || p.name().isBlank() ? "#" + p.id() : p.name(),
					tree.unit(p.unitId()).map(Unit::getName).orElse("#" + p.unitId())))
			.toList();
	}

	/**
	 * Segments (seed 002: 15 + 5), the unit's allocation (seed 002 附件1, seed 004 per branch) and the
	 * share cap on the allocation (seed 004: 支部书记 ≤ 20%).
	 */
	static List<Violation> quotaShares(Nomination nomination, Category category, Unit unit, List<Sibling> siblings) {
		List<Violation> violations = new ArrayList<>();
		String segment = nomination.getSegment();
		if (!category.getSegments().isEmpty()
				&& category.getSegments().stream().noneMatch(s -> s.name().equals(segment))) {
			violations.add(Violation.of("segment", "nomination.rule.segment-required"));
			return violations;
		}
		List<Sibling> sameCategory = inCategory(category, siblings);
		int allocated = category.getQuota();
		if (!category.getAllocations().isEmpty()) {
			List<Allocation> own = category.getAllocations().stream()
				.filter(a -> unit.getId().equals(a.unitId()))
				.toList();
			if (own.isEmpty()) {
				violations.add(Violation.of("allocation", "nomination.rule.no-allocation", category.getName()));
				return violations;
			}
			Optional<Allocation> forSegment = own.stream().filter(a -> Objects.equals(a.segment(), segment)).findFirst();
			boolean bySegment = own.stream().anyMatch(a -> a.segment() != null);
			if (bySegment && forSegment.isEmpty()) {
				violations.add(Violation.of("allocation", "nomination.rule.no-allocation", category.getName()));
				return violations;
			}
			long used = sameCategory.stream()
				.filter(s -> !bySegment || Objects.equals(s.segment(), segment))
				.count();
			int quota = bySegment ? forSegment.get().quota() : own.stream().mapToInt(Allocation::quota).sum();
			if (used + 1 > quota) {
				violations.add(Violation.of("allocation", "nomination.rule.allocation-exceeded", quota));
			}
			allocated = own.stream().mapToInt(Allocation::quota).sum();
		}
		if (category.getShareCap() != null && nomination.isShareCapped()) {
			int most = category.getShareCap().maxOf(allocated);
			long capped = sameCategory.stream().filter(Sibling::shareCapped).count();
			if (capped + 1 > most) {
				violations.add(Violation.of("shareCapped", "nomination.rule.share-cap", category.getShareCap().label(),
						category.getShareCap().percent(), allocated, most));
			}
		}
		return violations;
	}

	/**
	 * Each eligibility rule of the category needs the clerk's declaration, or is judged from the answers
	 * ({@link AnsweredEligibility}) where the form answers it. One the nominee does not meet refuses submission
	 * when the rule blocks, and raises a flag when it only flags.
	 */
	static void eligibility(Nomination nomination, Category category, FormDefinition form, LocalDate today,
			List<Violation> refusals, List<Flag> flags) {
		for (EligibilityRule rule : category.getEligibilityRules()) {
			if (rule.answeredBy(form)) {
				AnsweredEligibility.unmet(rule, nomination.getAnswers()).ifPresent(reason -> {
					if (rule.mode() == EligibilityRule.Mode.BLOCK) {
						refusals.add(reason);
					}
					else {
						flags.add(Flag.eligibility(rule.type()));
					}
				});
				continue;
			}
			Optional<Declaration> declaration = nomination.getDeclarations().stream()
				.filter(d -> d.rule() == rule.type())
				.findFirst();
			if (declaration.isEmpty()) {
				refusals.add(Violation.of("declarations", "nomination.rule.declaration-missing", rule.type().messageKey()));
				continue;
			}
			Optional<Boolean> met = meets(rule, declaration.get(), today);
			if (met.isEmpty()) {
				refusals.add(Violation.of("declarations", "nomination.rule.declaration-since", rule.type().messageKey()));
			}
			else if (!met.get() && rule.mode() == EligibilityRule.Mode.BLOCK) {
				refusals.add(Violation.of("declarations", "nomination.rule.ineligible", rule.type().messageKey()));
			}
			else if (!met.get()) {
				flags.add(Flag.eligibility(rule.type()));
			}
		}
	}

	/** Empty when the declaration lacks what the rule needs (the month party work began). */
	private static Optional<Boolean> meets(EligibilityRule rule, Declaration declaration, LocalDate today) {
		if (rule.type() != EligibilityRule.Type.MIN_PARTY_WORK_YEARS) {
			return Optional.of(declaration.meets());
		}
		return AnswerRules.yearMonth(declaration.since())
			.map(since -> ChronoUnit.MONTHS.between(since, YearMonth.from(today)) >= 12L * rule.years());
	}

	/**
	 * Resolves the chain configured for the unit's type — the category's own if it has one, else the campaign-wide
	 * one — to the units whose endorsers sign each step: the unit itself, the town it is stationed in, the unit the
	 * given number of levels above it, or the organiser.
	 */
	static List<ChainStep> chain(Campaign campaign, Category category, Unit unit, UnitTree tree,
			List<Violation> refusals) {
		List<ChainStep> steps = new ArrayList<>();
		for (EndorsementStep step : campaign.chainFor(unit.getType(), category.getId())) {
			Long endorserUnit = switch (step.endorserUnit()) {
				case OWN_UNIT -> unit.getId();
				case STATIONED_TOWN -> unit.getStationedAtId();
				case PARENT_UNIT -> ancestor(tree, unit, step.parentLevel());
				case ORGANISER_UNIT -> campaign.getOrganiserUnitId();
			};
			if (endorserUnit == null) {
				refusals.add(Violation.of("chain", "nomination.rule.no-endorser-unit", step.endorserUnit().messageKey()));
				continue;
			}
			steps.add(new ChainStep(step.stepOrder(), step.title(), step.capacity(), endorserUnit, step.sealRequired(),
					step.veto(), step.consultationRequired()));
		}
		return steps;
	}

	/** The unit {@code levels} levels above {@code unit}, or {@code null} if the tree is not that deep. */
	private static Long ancestor(UnitTree tree, Unit unit, int levels) {
		List<Unit> line = tree.selfAndAncestors(unit.getId());
		if (line.isEmpty()) {
			return levels == 1 ? unit.getParentId() : null;
		}
		return levels < line.size() ? line.get(levels).getId() : null;
	}

	private static List<Sibling> inCategory(Category category, List<Sibling> siblings) {
		return siblings.stream().filter(s -> s.categoryId() == category.getId()).toList();
	}

}
