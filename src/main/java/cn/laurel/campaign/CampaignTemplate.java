package cn.laurel.campaign;

import java.util.List;
import java.util.Map;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

/**
 * A campaign as one of the seed plans sets it up ({@code classpath:campaign/templates/*.json}): basics, leading
 * group, schedule, scoring, limits, chains and categories with their forms and eligibility rules. Dates are days
 * from the start the organiser picks; categories are referred to by name. What depends on the installation's
 * units (allocations, the nominating units) is left for the organiser to set.
 *
 * @param key stable name, e.g. {@code seed002}
 * @param name what the organiser picks it by
 * @param source the plan it transcribes, with its document number where it has one
 * @param notes what the organiser must still set from the plan (allocations per unit, a cap on them), if anything
 * @param unitPublicity the 公示 a nominating unit runs before it recommends (seed 003), if the plan asks for one
 */
public record CampaignTemplate(String key, String name, String source, String notes, Campaign.Basics basics,
		List<GroupMember> leadingGroup, List<Window> schedule, List<ScoringWeight> scoringWeights,
		List<Limit> nominationLimits, List<Step> endorsementSteps, List<CategoryTemplate> categories,
		UnitPublicityRule unitPublicity) {

	public CampaignTemplate {
		leadingGroup = leadingGroup == null ? List.of() : List.copyOf(leadingGroup);
		scoringWeights = scoringWeights == null ? List.of() : List.copyOf(scoringWeights);
		nominationLimits = nominationLimits == null ? List.of() : List.copyOf(nominationLimits);
		endorsementSteps = endorsementSteps == null ? List.of() : List.copyOf(endorsementSteps);
		unitPublicity = unitPublicity == null ? UnitPublicityRule.NONE : unitPublicity;
	}

	/** A phase's window, in days from the start (0 is the first day). */
	public record Window(CampaignPhase phase, int fromDay, int toDay) {
	}

	/**
	 * A nomination limit; {@code category} names the category it counts, or is {@code null} for all together;
	 * {@code reach} is {@code null} for the unit's own nominations alone.
	 */
	public record Limit(UnitType unitType, String category, int minCount, int maxCount,
			NominationLimit.Reach reach) {
	}

	/**
	 * A named step of an endorsement chain; {@code category} names the category whose own chain it belongs to, or is
	 * {@code null} for the campaign-wide chain of its unit type.
	 */
	public record Step(UnitType unitType, String category, int stepOrder, String title, Capacity capacity,
			EndorsementStep.EndorserUnit endorserUnit, int parentLevel, boolean sealRequired, boolean veto,
			boolean consultationRequired) {

		EndorsementStep in(Map<String, Long> categoryIds) {
			return new EndorsementStep(this.unitType, this.category == null ? null : categoryIds.get(this.category),
					this.stepOrder, this.title, this.capacity, this.endorserUnit, this.parentLevel, this.sealRequired,
					this.veto, this.consultationRequired);
		}

	}

	/** A category, the built-in form it starts from and its eligibility rules. */
	public record CategoryTemplate(Category.Settings settings, String form, List<EligibilityRule> eligibilityRules) {

		public CategoryTemplate {
			eligibilityRules = eligibilityRules == null ? List.of() : List.copyOf(eligibilityRules);
		}

	}

}
