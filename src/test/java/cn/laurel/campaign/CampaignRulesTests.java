package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.Test;

import static cn.laurel.campaign.EndorsementStep.EndorserUnit.OWN_UNIT;
import static cn.laurel.campaign.EndorsementStep.EndorserUnit.PARENT_UNIT;
import static cn.laurel.campaign.EndorsementStep.EndorserUnit.STATIONED_TOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** Campaign-wide configuration rules, each named as the rule. */
class CampaignRulesTests {

	static List<PhaseWindow> seed000Schedule() {
		return List.of(new PhaseWindow(CampaignPhase.NOMINATION, LocalDate.of(2021, 9, 13), LocalDate.of(2021, 10, 10)),
				new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, LocalDate.of(2021, 10, 11), LocalDate.of(2021, 10, 31)),
				new PhaseWindow(CampaignPhase.VOTING, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 5)),
				new PhaseWindow(CampaignPhase.EVALUATION, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 10)),
				new PhaseWindow(CampaignPhase.PUBLICITY, LocalDate.of(2021, 11, 11), LocalDate.of(2021, 11, 17)),
				new PhaseWindow(CampaignPhase.DECISION, LocalDate.of(2021, 11, 18), LocalDate.of(2021, 11, 30)),
				new PhaseWindow(CampaignPhase.ANNOUNCEMENT, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 10)));
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).toList();
	}

	@Test
	void scheduleInOrderIsAccepted() {
		assertThat(CampaignRules.schedule(seed000Schedule())).isEmpty();
	}

	@Test
	void aPhaseMayNotEndBeforeItStarts() {
		List<PhaseWindow> windows = new ArrayList<>(seed000Schedule());
		windows.set(0, new PhaseWindow(CampaignPhase.NOMINATION, LocalDate.of(2021, 10, 10), LocalDate.of(2021, 9, 13)));
		assertThat(codes(CampaignRules.schedule(windows))).contains("campaign.rule.window-ends-before-start");
	}

	@Test
	void laterPhasesMayNotStartBeforeEarlierOnes() {
		List<PhaseWindow> windows = new ArrayList<>(seed000Schedule());
		windows.set(4, new PhaseWindow(CampaignPhase.PUBLICITY, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 11, 17)));
		assertThat(codes(CampaignRules.schedule(windows))).containsExactly("campaign.rule.phases-out-of-order");
	}

	@Test
	void nominationReviewDecisionAndAnnouncementMustBeScheduled() {
		List<PhaseWindow> windows = seed000Schedule().stream()
			.filter(w -> w.phase() != CampaignPhase.DECISION)
			.toList();
		assertThat(codes(CampaignRules.schedule(windows))).containsExactly("campaign.rule.mandatory-phase-missing");
	}

	@Test
	void scoringWeightsMustSumToOneHundred() {
		List<ScoringWeight> seed000 = List.of(new ScoringWeight(ScoringWeight.Source.PANEL, "社会监督员评议打分", 60),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票", 10),
				new ScoringWeight(ScoringWeight.Source.PANEL, "领导小组投票", 30));
		assertThat(CampaignRules.scoringWeights(seed000)).isEmpty();
		List<Violation> violations = CampaignRules.scoringWeights(List.of(
				new ScoringWeight(ScoringWeight.Source.PANEL, "社会监督员评议打分", 60),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票", 10)));
		assertThat(codes(violations)).containsExactly("campaign.rule.weights-sum-to-100");
		assertThat(violations.get(0).args()).containsExactly(70);
	}

	@Test
	void onlineVotesAreOneComponentOnly() {
		assertThat(codes(CampaignRules.scoringWeights(List.of(
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票甲", 50),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票乙", 50)))))
			.containsExactly("campaign.rule.votes-once");
	}

	@Test
	void nominationLimitMinimumMayNotExceedMaximum() {
		assertThat(CampaignRules.nominationLimits(List.of(new NominationLimit(UnitType.DIRECT_SQUADRON, null, 1, 2)),
				List.of())).isEmpty();
		assertThat(codes(CampaignRules.nominationLimits(
				List.of(new NominationLimit(UnitType.DIRECT_SQUADRON, null, 3, 2)), List.of())))
			.containsExactly("campaign.rule.limit-min-max");
	}

	@Test
	void perCategoryLimitsMustNameACategoryOfTheCampaign() {
		List<NominationLimit> seed003 = List.of(new NominationLimit(UnitType.CITY_DEPARTMENT, 7L, 0, 1),
				new NominationLimit(UnitType.COUNTY, 7L, 0, 3));
		assertThat(CampaignRules.nominationLimits(seed003, List.of(7L))).isEmpty();
		assertThat(codes(CampaignRules.nominationLimits(seed003, List.of(8L))))
			.containsExactly("campaign.rule.limit-unknown-category", "campaign.rule.limit-unknown-category");
	}

	@Test
	void aDispatchedSquadronsChainMayIncludeItsTownsSeal() {
		List<EndorsementStep> seed000 = List.of(
				new EndorsementStep(UnitType.STATIONED_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, OWN_UNIT, false),
				new EndorsementStep(UnitType.STATIONED_SQUADRON, 2, Capacity.TOWN, STATIONED_TOWN, true),
				new EndorsementStep(UnitType.STATIONED_SQUADRON, 3, Capacity.LEADER_IN_CHARGE, PARENT_UNIT, false));
		assertThat(CampaignRules.endorsementChains(seed000)).isEmpty();
	}

	@Test
	void onlyStationedUnitsAreEndorsedByATown() {
		assertThat(codes(CampaignRules.endorsementChains(
				List.of(new EndorsementStep(UnitType.DIRECT_SQUADRON, 1, Capacity.TOWN, STATIONED_TOWN, true)))))
			.containsExactly("campaign.rule.town-step-needs-stationed-unit");
	}

	@Test
	void chainStepsAreNumberedWithoutGaps() {
		assertThat(codes(CampaignRules.endorsementChains(List.of(
				new EndorsementStep(UnitType.COUNTY, 1, Capacity.DEPARTMENT_HEAD, OWN_UNIT, true),
				new EndorsementStep(UnitType.COUNTY, 3, Capacity.DISCIPLINE, OWN_UNIT, true)))))
			.containsExactly("campaign.rule.step-order-gapless");
	}

	@Test
	void publicityPeriodIsBetweenOneAndThirtyWorkingDays() {
		assertThat(CampaignRules.basics(new Campaign.Basics("评选", null, null, List.of(), null, 5))).isEmpty();
		assertThat(codes(CampaignRules.basics(new Campaign.Basics("评选", null, null, List.of(), null, 0))))
			.containsExactly("campaign.rule.publicity-days-range");
	}

	@Test
	void aCampaignNeedsATitle() {
		assertThat(codes(CampaignRules.basics(new Campaign.Basics(" ", null, null, List.of(), null, 3))))
			.containsExactly("campaign.rule.title-required");
	}

	@Test
	void wordLimitsCountEveryCharacterButWhitespace() {
		assertThat(FormDefinition.countCharacters("为民 服务\n执法")).isEqualTo(6);
		assertThat(FormDefinition.countCharacters("𠀀ab")).isEqualTo(3);
	}

}
