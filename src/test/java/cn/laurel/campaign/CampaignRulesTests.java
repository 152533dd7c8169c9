package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.Test;

import static cn.laurel.campaign.EndorsementStep.EndorserUnit.OWN_UNIT;
import static cn.laurel.campaign.EndorsementStep.EndorserUnit.PARENT_UNIT;
import static cn.laurel.campaign.EndorsementStep.EndorserUnit.STATIONED_TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
		return violations.stream().map(Refusal.Reason::code).toList();
	}

	private static List<String> weightCodes(ScoringWeight... weights) {
		return codes(CampaignRules.scoringWeights(List.of(weights)));
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
	void aPhaseIsScheduledOnce() {
		List<PhaseWindow> windows = new ArrayList<>(seed000Schedule());
		windows.add(new PhaseWindow(CampaignPhase.ANNOUNCEMENT, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 10)));
		assertThat(codes(CampaignRules.schedule(windows))).containsExactly("campaign.rule.phase-twice");
	}

	@Test
	void preparationAndClosingHaveNoDateWindow() {
		List<PhaseWindow> windows = new ArrayList<>(seed000Schedule());
		windows.add(new PhaseWindow(CampaignPhase.PREPARATION, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 12)));
		assertThat(codes(CampaignRules.schedule(windows))).containsExactly("campaign.rule.phase-not-schedulable");
	}

	@Test
	void aScheduledPhaseHasBothDates() {
		List<PhaseWindow> windows = new ArrayList<>(seed000Schedule());
		windows.set(2, new PhaseWindow(CampaignPhase.VOTING, LocalDate.of(2021, 11, 1), null));
		assertThat(codes(CampaignRules.schedule(windows))).containsExactly("campaign.rule.window-dates-required");
	}

	@Test
	void everyLeadingGroupMemberHasANameAndAPost() {
		assertThat(codes(CampaignRules.leadingGroup(List.of(new GroupMember(null, GroupMember.Post.LEADER, "张三"),
				new GroupMember("会务协调组", null, "李四"), new GroupMember("会务协调组", GroupMember.Post.MEMBER, " ")))))
			.containsExactly("campaign.rule.member-incomplete", "campaign.rule.member-incomplete");
	}

	@Test
	void everyScoringComponentHasASourceAndAName() {
		assertThat(weightCodes(new ScoringWeight(null, "专家评审", 60),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票", 40)))
			.containsExactly("campaign.rule.weight-incomplete");
	}

	@Test
	void aNominationLimitNamesAUnitType() {
		assertThat(codes(CampaignRules.nominationLimits(List.of(new NominationLimit(null, null, 1, 2)), List.of())))
			.containsExactly("campaign.rule.limit-unit-type-required");
	}

	@Test
	void everyChainStepNamesItsCapacityAndWhereTheEndorserSits() {
		assertThat(codes(CampaignRules.endorsementChains(
				List.of(Chains.step(UnitType.COUNTY, 1, null, OWN_UNIT, false)), List.of())))
			.containsExactly("campaign.rule.step-incomplete");
		assertThat(codes(CampaignRules.endorsementChains(
				List.of(Chains.step(UnitType.COUNTY, 1, Capacity.DISCIPLINE, null, false)), List.of())))
			.containsExactly("campaign.rule.step-incomplete");
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
		assertThat(weightCodes(new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票甲", 50),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票乙", 50)))
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
				Chains.step(UnitType.STATIONED_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, OWN_UNIT, false),
				Chains.step(UnitType.STATIONED_SQUADRON, 2, Capacity.TOWN, STATIONED_TOWN, true),
				Chains.step(UnitType.STATIONED_SQUADRON, 3, Capacity.LEADER_IN_CHARGE, PARENT_UNIT, false));
		assertThat(CampaignRules.endorsementChains(seed000, List.of())).isEmpty();
	}

	@Test
	void onlyStationedUnitsAreEndorsedByATown() {
		assertThat(codes(CampaignRules.endorsementChains(
				List.of(Chains.step(UnitType.DIRECT_SQUADRON, 1, Capacity.TOWN, STATIONED_TOWN, true)), List.of())))
			.containsExactly("campaign.rule.town-step-needs-stationed-unit");
	}

	@Test
	void chainStepsAreNumberedWithoutGaps() {
		assertThat(codes(CampaignRules.endorsementChains(List.of(
				Chains.step(UnitType.COUNTY, 1, Capacity.DEPARTMENT_HEAD, OWN_UNIT, true),
				Chains.step(UnitType.COUNTY, 3, Capacity.DISCIPLINE, OWN_UNIT, true)), List.of())))
			.containsExactly("campaign.rule.step-order-gapless");
	}

	/** Seed 003: each form has its own rows, so each category's chain is numbered on its own; titles are required. */
	@Test
	void aCategorysOwnChainIsNumberedOnItsOwnAndEveryStepIsTitled() {
		List<EndorsementStep> seed003 = List.of(
				new EndorsementStep(UnitType.COUNTY, 7L, 1, "责任单位意见", Capacity.DEPARTMENT_HEAD, OWN_UNIT, 0, true,
						false, false),
				new EndorsementStep(UnitType.COUNTY, 7L, 2, "县区党史学习教育领导小组推荐意见", Capacity.LEADER_IN_CHARGE,
						OWN_UNIT, 0, true, false, false),
				new EndorsementStep(UnitType.COUNTY, 8L, 1, "工作单位意见", Capacity.DEPARTMENT_HEAD, OWN_UNIT, 0, true,
						false, false),
				new EndorsementStep(UnitType.COUNTY, null, 1, "纪检监察部门意见", Capacity.DISCIPLINE, OWN_UNIT, 0, true,
						true, false));
		assertThat(CampaignRules.endorsementChains(seed003, List.of(7L, 8L))).isEmpty();
		assertThat(codes(CampaignRules.endorsementChains(seed003, List.of(7L))))
			.containsExactly("campaign.rule.step-unknown-category");
		assertThat(codes(CampaignRules.endorsementChains(List.of(new EndorsementStep(UnitType.COUNTY, null, 1, " ",
				Capacity.DISCIPLINE, PARENT_UNIT, 0, false, true, false)), List.of())))
			.containsExactly("campaign.rule.step-title");
		assertThat(new EndorsementStep(UnitType.COUNTY, null, 1, "意见", Capacity.DISCIPLINE, PARENT_UNIT, 0, false,
				true, false).parentLevel()).isEqualTo(1);
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
	void coHostNamesAreUnique() {
		List<String> seed001 = List.of("中共临沂市委宣传部", "临沂市文明办", "临沂市总工会");
		assertThat(CampaignRules.basics(new Campaign.Basics("评选", null, null, seed001, null, 3))).isEmpty();
		assertThat(codes(CampaignRules.basics(new Campaign.Basics("评选", null, null,
				List.of("中共临沂市委宣传部", "临沂市文明办", " 中共临沂市委宣传部 "), null, 3))))
			.containsExactly("campaign.rule.hosts-unique");
	}

	@Test
	void theLeadingGroupNeedsALeader() {
		GroupMember deputy = new GroupMember(null, GroupMember.Post.DEPUTY, "王五");
		GroupMember subGroupLeader = new GroupMember("会务协调组", GroupMember.Post.LEADER, "赵六");
		assertThat(CampaignRules.leadingGroup(
				List.of(new GroupMember(null, GroupMember.Post.LEADER, "张三"), deputy, subGroupLeader))).isEmpty();
		// a sub-group's 组长 does not lead the leading group itself
		assertThat(codes(CampaignRules.leadingGroup(List.of(deputy, subGroupLeader))))
			.containsExactly("campaign.rule.leading-group-needs-leader");
	}

	@Test
	void aScoringWeightIsBetweenOneAndOneHundred() {
		assertThat(weightCodes(new ScoringWeight(ScoringWeight.Source.PANEL, "专家评审", 100))).isEmpty();
		List<Violation> violations = CampaignRules.scoringWeights(List.of(
				new ScoringWeight(ScoringWeight.Source.PANEL, "专家评审", 101),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票", -1)));
		assertThat(violations).extracting(Refusal.Reason::code, Refusal.Reason::field)
			.containsExactly(tuple("campaign.rule.weight-range", "scoringWeights[0]"),
					tuple("campaign.rule.weight-range", "scoringWeights[1]"));
		assertThat(weightCodes(new ScoringWeight(ScoringWeight.Source.PANEL, "专家评审", 100),
				new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, "网络投票", 0)))
			.containsExactly("campaign.rule.weight-range");
	}

	@Test
	void scoringComponentsHaveDistinctNames() {
		assertThat(weightCodes(new ScoringWeight(ScoringWeight.Source.PANEL, "评委打分", 60),
				new ScoringWeight(ScoringWeight.Source.PANEL, " 评委打分", 40)))
			.containsExactly("campaign.rule.weight-labels-unique");
	}

	@Test
	void aUnitTypeHasOneNominationLimitPerCategory() {
		List<NominationLimit> seed003 = List.of(new NominationLimit(UnitType.COUNTY, 7L, 0, 3),
				new NominationLimit(UnitType.COUNTY, 8L, 0, 3), new NominationLimit(UnitType.COUNTY, null, 1, 6));
		assertThat(CampaignRules.nominationLimits(seed003, List.of(7L, 8L))).isEmpty();
		List<Violation> violations = CampaignRules.nominationLimits(List.of(new NominationLimit(UnitType.COUNTY, 7L, 0, 3),
				new NominationLimit(UnitType.COUNTY, 7L, 1, 2)), List.of(7L));
		assertThat(codes(violations)).containsExactly("campaign.rule.limit-twice");
		assertThat(violations.get(0).args()).containsExactly(2);
	}

	@Test
	void wordLimitsCountEveryCharacterButWhitespace() {
		assertThat(FormDefinition.countCharacters("为民 服务\n执法")).isEqualTo(6);
		assertThat(FormDefinition.countCharacters("𠀀ab")).isEqualTo(3);
	}

}
