package cn.laurel.campaign;

import java.time.LocalDate;
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
 * @param basics the plan's basics; a title naming a year names it {@value #YEAR} (seed 004's “七一” 表彰 is yearly)
 * @param issuer the body that issues the plan's 公文 and whom they go to, with the plan's contact, if it names them
 * @param leadingGroupPanel the panel in which the leading group ({@code leadingGroup}'s members) votes for a weighed
 *        component (seed 000: 评选领导小组投票, 30%), if the plan has one
 * @param unitPublicity the 公示 a nominating unit runs before it recommends (seed 003), if the plan asks for one
 */
public record CampaignTemplate(String key, String name, String source, String notes, Campaign.Basics basics,
		Issuer issuer, List<GroupMember> leadingGroup, BallotPanel leadingGroupPanel, List<Window> schedule,
		List<ScoringWeight> scoringWeights, List<Limit> nominationLimits, List<Step> endorsementSteps,
		List<CategoryTemplate> categories, UnitPublicityRule unitPublicity) {

	/** Where a title names the campaign's year. */
	static final String YEAR = "{year}";

	public CampaignTemplate {
		leadingGroup = leadingGroup == null ? List.of() : List.copyOf(leadingGroup);
		scoringWeights = scoringWeights == null ? List.of() : List.copyOf(scoringWeights);
		nominationLimits = nominationLimits == null ? List.of() : List.copyOf(nominationLimits);
		endorsementSteps = endorsementSteps == null ? List.of() : List.copyOf(endorsementSteps);
		unitPublicity = unitPublicity == null ? UnitPublicityRule.NONE : unitPublicity;
	}

	/** The basics of a campaign starting on {@code startsOn}, its title naming that year where the plan names one. */
	Campaign.Basics basicsFrom(LocalDate startsOn) {
		return new Campaign.Basics(this.basics.title().replace(YEAR, String.valueOf(startsOn.getYear())),
				this.basics.edition(), this.basics.documentNumber(), this.basics.hosts(), this.basics.officeNote(),
				this.basics.publicityWorkingDays());
	}

	/** A ballot panel (同意/不同意/弃权) named {@code name} for the weighed component labelled {@code component}. */
	public record BallotPanel(String name, String component) {
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
