package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignFixtures;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Segment;
import cn.laurel.campaign.ShareCap;
import cn.laurel.campaign.UnitPublicityRule;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.SubmissionPolicy.Attachments;
import cn.laurel.nomination.SubmissionPolicy.Placed;
import cn.laurel.nomination.SubmissionPolicy.Sibling;
import cn.laurel.org.Capacity;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static cn.laurel.campaign.EligibilityRule.Mode.BLOCK;
import static cn.laurel.campaign.EligibilityRule.Mode.FLAG;
import static org.assertj.core.api.Assertions.assertThat;

/** The submission rules of the seeds: window, attachments, limits, segments, allocations, eligibility. */
class SubmissionPolicyTests {

	static final LocalDate OPENS = LocalDate.of(2021, 9, 13);

	static final LocalDate DEADLINE = LocalDate.of(2021, 10, 10);

	static final LocalDate TODAY = LocalDate.of(2021, 10, 1);

	/** A form that asks nothing an eligibility rule could be judged from but 政治面貌. */
	private static final FormDefinition FORM = AnswerRulesTests.SEED000_PERSON;

	/** Seed 004's 优秀党务工作者 form, which asks 从事党务工作年限. */
	private static final FormDefinition SEED004_WORKER = Forms.of("seed004-worker");

	static final long CATEGORY = 7;

	static Unit unit(long id, UnitType type) {
		Unit unit = new Unit("U" + id, "单位" + id, type, 1L);
		ReflectionTestUtils.setField(unit, "id", id);
		return unit;
	}

	static Campaign campaign(CampaignPhase phase, List<NominationLimit> limits, List<EndorsementStep> chain) {
		return CampaignFixtures.campaign(1, 100, phase, OPENS, DEADLINE, limits, List.of(CATEGORY), chain);
	}

	static Category category(int quota, List<Segment> segments, List<Allocation> allocations, ShareCap cap,
			List<EligibilityRule> rules) {
		return CampaignFixtures.category(CATEGORY, 1,
				new Category.Settings("优秀共产党员", NomineeKind.PERSON, quota, 0, segments, allocations, cap), rules);
	}

	static Nomination draft() {
		return Nomination.draft(1, CATEGORY, 10, 1, "clerk", Instant.parse("2021-09-20T02:00:00Z"));
	}

	static Nomination draft(String segment, boolean shareCapped, List<Declaration> declarations) {
		Nomination nomination = draft();
		nomination.revise(new Filing(Answers.empty(), segment, shareCapped, declarations, null));
		return nomination;
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(Refusal.Reason::code).toList();
	}

	@Test
	void aFirstSubmissionAfterTheDeadlineIsRefused() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION, List.of(), List.of());
		assertThat(codes(SubmissionPolicy.window(draft(), campaign, DEADLINE))).isEmpty();
		assertThat(SubmissionPolicy.window(draft(), campaign, DEADLINE.plusDays(1))).singleElement()
			.satisfies(v -> assertThat(v.args()).containsExactly("2021-10-10"))
			.extracting(Refusal.Reason::code).isEqualTo("nomination.rule.deadline-passed");
	}

	@Test
	void nominationsAreNotAcceptedBeforeTheWindowOpens() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION, List.of(), List.of());
		assertThat(codes(SubmissionPolicy.window(draft(), campaign, OPENS.minusDays(1))))
			.containsExactly("nomination.rule.window-not-open");
	}

	@Test
	void nominationsAreAcceptedOnlyInTheNominationPhase() {
		Campaign campaign = campaign(CampaignPhase.PREPARATION, List.of(), List.of());
		assertThat(codes(SubmissionPolicy.window(draft(), campaign, TODAY)))
			.containsExactly("nomination.rule.phase-closed");
	}

	@Test
	void seed000AsksForOneOrTwoPhotosAndTheSealedScan() {
		assertThat(codes(SubmissionPolicy.attachments(AnswerRulesTests.SEED000_PERSON, new Attachments(1, true))))
			.isEmpty();
		assertThat(codes(SubmissionPolicy.attachments(AnswerRulesTests.SEED000_PERSON, new Attachments(0, true))))
			.containsExactly("nomination.rule.photo-count");
		assertThat(codes(SubmissionPolicy.attachments(AnswerRulesTests.SEED000_PERSON, new Attachments(3, true))))
			.containsExactly("nomination.rule.photo-count");
		assertThat(codes(SubmissionPolicy.attachments(AnswerRulesTests.SEED000_PERSON, new Attachments(2, false))))
			.containsExactly("nomination.rule.sealed-scan-required");
	}

	@Test
	void seed000UnitsNominateAtMostTwoAcrossTheCampaign() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION,
				List.of(new NominationLimit(UnitType.DIRECT_SQUADRON, null, 1, 2)), List.of());
		Category category = category(10, List.of(), List.of(), null, List.of());
		Unit squadron = unit(10, UnitType.DIRECT_SQUADRON);
		List<Sibling> one = List.of(new Sibling(8, null, false));
		assertThat(SubmissionPolicy.limits(campaign, category, squadron, one)).isEmpty();
		List<Sibling> two = List.of(new Sibling(8, null, false), new Sibling(CATEGORY, null, false));
		assertThat(codes(SubmissionPolicy.limits(campaign, category, squadron, two)))
			.containsExactly("nomination.rule.unit-limit");
	}

	@Test
	void seed003CityDepartmentsNominateOnePerCategoryAndCountiesThree() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION,
				List.of(new NominationLimit(UnitType.CITY_DEPARTMENT, CATEGORY, 0, 1),
						new NominationLimit(UnitType.COUNTY, CATEGORY, 0, 3)),
				List.of());
		Category category = category(100, List.of(), List.of(), null, List.of());
		List<Sibling> oneHere = List.of(new Sibling(CATEGORY, null, false));
		List<Sibling> twoHereOneElsewhere = List.of(new Sibling(CATEGORY, null, false),
				new Sibling(CATEGORY, null, false), new Sibling(8, null, false));
		assertThat(codes(SubmissionPolicy.limits(campaign, category, unit(10, UnitType.CITY_DEPARTMENT), List.of())))
			.isEmpty();
		assertThat(codes(SubmissionPolicy.limits(campaign, category, unit(10, UnitType.CITY_DEPARTMENT), oneHere)))
			.containsExactly("nomination.rule.category-limit");
		assertThat(codes(SubmissionPolicy.limits(campaign, category, unit(11, UnitType.COUNTY), twoHereOneElsewhere)))
			.isEmpty();
		List<Sibling> threeHere = new ArrayList<>(twoHereOneElsewhere);
		threeHere.add(new Sibling(CATEGORY, null, false));
		assertThat(codes(SubmissionPolicy.limits(campaign, category, unit(11, UnitType.COUNTY), threeHere)))
			.containsExactly("nomination.rule.category-limit");
	}

	/** 某县 (11) with 某镇 (12) below it and 某村 (13) below that; 某市直单位 (14) beside it. */
	static UnitTree county() {
		return new UnitTree(List.of(unit(11, UnitType.COUNTY, null), unit(12, UnitType.TOWN, 11L),
				unit(13, UnitType.OTHER, 12L), unit(14, UnitType.CITY_DEPARTMENT, null)));
	}

	static Unit unit(long id, UnitType type, Long parentId) {
		Unit unit = new Unit("U" + id, "某" + id, type, parentId);
		ReflectionTestUtils.setField(unit, "id", id);
		return unit;
	}

	@Test
	void aCountysTwoPlacesIncludeWhatTheTownsBelowItRecommend() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION,
				List.of(new NominationLimit(UnitType.COUNTY, CATEGORY, 0, 2, NominationLimit.Reach.WITH_UNITS_BELOW)),
				List.of());
		Category category = category(100, List.of(), List.of(), null, List.of());
		UnitTree tree = county();
		List<Placed> countysTwo = List.of(new Placed(1, "张三", 11, CATEGORY), new Placed(2, "李四", 11, CATEGORY),
				new Placed(3, "王五", 14, CATEGORY), new Placed(4, "赵六", 11, 8));

		assertThat(SubmissionPolicy.treeLimits(campaign, category, tree.unit(12L).orElseThrow(), tree, countysTwo))
			.singleElement()
			.satisfies(v -> assertThat(v.code()).isEqualTo("nomination.rule.tree-category-limit"))
			.satisfies(v -> assertThat(v.args()).containsExactly("某11", "优秀共产党员", 2,
					List.of(Violation.of("limit", "nomination.rule.filled-by", "张三", "某11"),
							Violation.of("limit", "nomination.rule.filled-by", "李四", "某11"))));
		assertThat(codes(SubmissionPolicy.treeLimits(campaign, category, tree.unit(13L).orElseThrow(), tree,
				countysTwo))).containsExactly("nomination.rule.tree-category-limit");
		assertThat(SubmissionPolicy.limits(campaign, category, tree.unit(11L).orElseThrow(),
				List.of(new Sibling(CATEGORY, null, false), new Sibling(CATEGORY, null, false)))).isEmpty();
		List<Placed> oneInTheCounty = List.of(new Placed(1, "张三", 12, CATEGORY), new Placed(3, "王五", 14, CATEGORY));
		assertThat(SubmissionPolicy.treeLimits(campaign, category, tree.unit(11L).orElseThrow(), tree,
				oneInTheCounty)).isEmpty();
		assertThat(SubmissionPolicy.treeLimits(campaign, category, tree.unit(14L).orElseThrow(), tree, countysTwo))
			.isEmpty();
	}

	@Test
	void aLimitOnTheUnitAloneStillCountsOnlyItsOwnNominations() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION,
				List.of(new NominationLimit(UnitType.COUNTY, CATEGORY, 0, 2)), List.of());
		Category category = category(100, List.of(), List.of(), null, List.of());
		UnitTree tree = county();
		List<Placed> countysTwo = List.of(new Placed(1, "张三", 11, CATEGORY), new Placed(2, "李四", 11, CATEGORY));

		assertThat(SubmissionPolicy.treeLimits(campaign, category, tree.unit(12L).orElseThrow(), tree, countysTwo))
			.isEmpty();
		assertThat(SubmissionPolicy.limits(campaign, category, tree.unit(12L).orElseThrow(), List.of())).isEmpty();
		assertThat(codes(SubmissionPolicy.limits(campaign, category, tree.unit(11L).orElseThrow(),
				List.of(new Sibling(CATEGORY, null, false), new Sibling(CATEGORY, null, false)))))
			.containsExactly("nomination.rule.category-limit");
	}

	static final UnitPublicityRule THREE_WORKING_DAYS = new UnitPublicityRule(true, 3);

	/** Monday to Friday, for a calendar without holidays. */
	static LocalDate lastWorkingDay(LocalDate start, int days) {
		LocalDate day = start;
		int counted = 0;
		while (true) {
			if (day.getDayOfWeek().getValue() <= 5 && ++counted == days) {
				return day;
			}
			day = day.plusDays(1);
		}
	}

	@Test
	void seed003UnitsSubmitOnlyOnceTheirOwnPublicityHasRunThreeWorkingDays() {
		LocalDate friday = LocalDate.of(2021, 12, 24);
		UnitPublicity published = new UnitPublicity(friday, "县融媒体中心网站");
		Attachments proof = new Attachments(1, true, true);

		assertThat(SubmissionPolicy.unitPublicity(THREE_WORKING_DAYS, published, proof,
				SubmissionPolicyTests::lastWorkingDay, LocalDate.of(2021, 12, 28)))
			.singleElement()
			.satisfies(v -> assertThat(v.code()).isEqualTo("nomination.rule.unit-publicity-running"))
			.satisfies(v -> assertThat(v.args()).containsExactly(3, "2021-12-28", "2021-12-29"));
		assertThat(SubmissionPolicy.unitPublicity(THREE_WORKING_DAYS, published, proof,
				SubmissionPolicyTests::lastWorkingDay, LocalDate.of(2021, 12, 29))).isEmpty();
	}

	@Test
	void seed003UnitsPublicityNeedsItsStartWhereItRanAndItsProof() {
		assertThat(codes(SubmissionPolicy.unitPublicity(THREE_WORKING_DAYS, UnitPublicity.NONE,
				new Attachments(1, true), SubmissionPolicyTests::lastWorkingDay, TODAY)))
			.containsExactly("nomination.rule.unit-publicity-start-required",
					"nomination.rule.unit-publicity-place-required", "nomination.rule.unit-publicity-proof-required");
		assertThat(SubmissionPolicy.unitPublicity(UnitPublicityRule.NONE, UnitPublicity.NONE, new Attachments(1, true),
				SubmissionPolicyTests::lastWorkingDay, TODAY)).isEmpty();
	}

	@Test
	void seed004BranchSecretariesTakeAtMostTwentyPercentOfTheBranchAllocation() {
		Category category = category(30, List.of(), List.of(new Allocation(10L, null, 10)),
				new ShareCap("支部书记", 20), List.of());
		Unit branch = unit(10, UnitType.PARTY_BRANCH);
		List<Sibling> oneSecretary = List.of(new Sibling(CATEGORY, null, true), new Sibling(CATEGORY, null, false));
		assertThat(SubmissionPolicy.quotaShares(draft(null, true, List.of()), category, branch, oneSecretary))
			.isEmpty();
		List<Sibling> twoSecretaries = List.of(new Sibling(CATEGORY, null, true), new Sibling(CATEGORY, null, true));
		assertThat(SubmissionPolicy.quotaShares(draft(null, true, List.of()), category, branch, twoSecretaries))
			.singleElement()
			.satisfies(v -> assertThat(v.args()).containsExactly("支部书记", 20, 10, 2))
			.extracting(Refusal.Reason::code).isEqualTo("nomination.rule.share-cap");
		assertThat(SubmissionPolicy.quotaShares(draft(null, false, List.of()), category, branch, twoSecretaries))
			.isEmpty();
	}

	@Test
	void aBranchMayNotNominateBeyondItsAllocation() {
		Category category = category(30, List.of(), List.of(new Allocation(10L, null, 2)), null, List.of());
		Unit branch = unit(10, UnitType.PARTY_BRANCH);
		List<Sibling> two = List.of(new Sibling(CATEGORY, null, false), new Sibling(CATEGORY, null, false));
		assertThat(codes(SubmissionPolicy.quotaShares(draft(), category, branch, two)))
			.containsExactly("nomination.rule.allocation-exceeded");
		assertThat(codes(SubmissionPolicy.quotaShares(draft(), category, unit(12, UnitType.PARTY_BRANCH), List.of())))
			.containsExactly("nomination.rule.no-allocation");
	}

	@Test
	void seed002NominationsAreTaggedToASegmentAndCountAgainstItsAllocation() {
		List<Segment> segments = List.of(new Segment("应急管理系统干部职工", 15),
				new Segment("专业和社会应急救援力量", 5));
		Category category = category(20, segments, List.of(new Allocation(10L, "应急管理系统干部职工", 2),
				new Allocation(10L, "专业和社会应急救援力量", 1)), null, List.of());
		Unit city = unit(10, UnitType.CITY);
		assertThat(codes(SubmissionPolicy.quotaShares(draft(null, false, List.of()), category, city, List.of())))
			.containsExactly("nomination.rule.segment-required");
		List<Sibling> oneRescuer = List.of(new Sibling(CATEGORY, "专业和社会应急救援力量", false));
		assertThat(codes(SubmissionPolicy.quotaShares(draft("应急管理系统干部职工", false, List.of()), category, city,
				oneRescuer))).isEmpty();
		assertThat(codes(SubmissionPolicy.quotaShares(draft("专业和社会应急救援力量", false, List.of()), category, city,
				oneRescuer))).containsExactly("nomination.rule.allocation-exceeded");
	}

	@Test
	void aBlockingEligibilityRuleTheNomineeFailsRefusesSubmission() {
		Category category = category(10, List.of(), List.of(), null,
				List.of(new EligibilityRule(EligibilityRule.Type.NO_DISCIPLINARY_RECORD, BLOCK, null, null, null)));
		List<Violation> refusals = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		Nomination failing = draft(null, false,
				List.of(new Declaration(EligibilityRule.Type.NO_DISCIPLINARY_RECORD, false, null)));
		SubmissionPolicy.eligibility(failing, category, FORM, TODAY, refusals, flags);
		assertThat(codes(refusals)).containsExactly("nomination.rule.ineligible");
		assertThat(flags).isEmpty();
	}

	@Test
	void aFlagRuleLetsTheNominationThroughMarked() {
		Category category = category(20, List.of(), List.of(), null,
				List.of(new EligibilityRule(EligibilityRule.Type.NO_LEADERSHIP_CADRES, FLAG, null, null, null)));
		List<Violation> refusals = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		Nomination cadre = draft(null, false,
				List.of(new Declaration(EligibilityRule.Type.NO_LEADERSHIP_CADRES, false, null)));
		SubmissionPolicy.eligibility(cadre, category, FORM, TODAY, refusals, flags);
		assertThat(refusals).isEmpty();
		assertThat(flags).containsExactly(Flag.eligibility(EligibilityRule.Type.NO_LEADERSHIP_CADRES));
	}

	@Test
	void everyEligibilityRuleNeedsTheClerksDeclaration() {
		Category category = category(20, List.of(), List.of(), null,
				List.of(new EligibilityRule(EligibilityRule.Type.NO_LEADERSHIP_CADRES, FLAG, null, null, null)));
		List<Violation> refusals = new ArrayList<>();
		SubmissionPolicy.eligibility(draft(), category, FORM, TODAY, refusals, new ArrayList<>());
		assertThat(codes(refusals)).containsExactly("nomination.rule.declaration-missing");
	}

	/** Seed 000: 被群众投诉举报查实的 … 不得推荐. */
	@Test
	void seed000NomineesFoundByAComplaintOrReportOfThePublicAreNotNominated() {
		seed000Excludes(EligibilityRule.Type.NO_SUBSTANTIATED_COMPLAINT);
	}

	/** Seed 000: … 或其他原因造成较恶劣社会影响的不得推荐. */
	@Test
	void seed000NomineesWhoCausedASeriouslyBadPublicImpactAreNotNominated() {
		seed000Excludes(EligibilityRule.Type.NO_SERIOUS_PUBLIC_HARM);
	}

	/**
	 * In both of seed 000's categories, as its template sets them: a nominee meeting every other rule is refused
	 * (not merely flagged) when the clerk states the exclusion applies, and the clerk must state it either way.
	 */
	private static void seed000Excludes(EligibilityRule.Type exclusion) {
		CampaignTemplate seed000 = Forms.campaignTemplate("seed000");
		assertThat(seed000.categories()).hasSize(2);
		for (CampaignTemplate.CategoryTemplate template : seed000.categories()) {
			Category category = category(10, List.of(), List.of(), null, template.eligibilityRules());
			List<Declaration> allMet = template.eligibilityRules()
				.stream()
				.map(rule -> new Declaration(rule.type(), true, null))
				.toList();
			assertThat(eligibility(category, allMet)).as(template.settings().name()).isEmpty();

			List<Violation> refused = eligibility(category, allMet.stream()
				.map(d -> d.rule() == exclusion ? new Declaration(exclusion, false, null) : d)
				.toList());
			assertThat(refused).as(template.settings().name())
				.containsExactly(Violation.of("declarations", "nomination.rule.ineligible", exclusion.messageKey()));

			assertThat(eligibility(category, allMet.stream().filter(d -> d.rule() != exclusion).toList()))
				.containsExactly(Violation.of("declarations", "nomination.rule.declaration-missing",
						exclusion.messageKey()));
		}
	}

	private static List<Violation> eligibility(Category category, List<Declaration> declarations) {
		List<Violation> refusals = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		SubmissionPolicy.eligibility(draft(null, false, declarations), category, FORM, TODAY, refusals, flags);
		assertThat(flags).isEmpty();
		return refusals;
	}

	@Test
	void seed004PartyWorkersNeedTwoYearsOfPartyWorkCountedFromTheDeclaredMonth() {
		Category category = category(5, List.of(), List.of(), null,
				List.of(new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, BLOCK, null, 2, null)));
		LocalDate today = LocalDate.of(2022, 6, 1);
		assertThat(eligibilityCodes(category, "2020.06", today)).isEmpty();
		assertThat(eligibilityCodes(category, "2020.07", today)).containsExactly("nomination.rule.ineligible");
		assertThat(eligibilityCodes(category, "2020", today)).containsExactly("nomination.rule.declaration-since");
	}

	@Test
	void seed004PartyWorkersNeedTwoYearsOfPartyWorkAnsweredOnTheirForm() {
		EligibilityRule twoYears = new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, BLOCK, null, 2, null);
		assertThat(partyWorkYearsCodes(twoYears, "2")).isEmpty();
		assertThat(partyWorkYearsCodes(twoYears, "12年")).isEmpty();
		assertThat(partyWorkYearsCodes(twoYears, "1")).containsExactly("nomination.rule.party-work-years");
		assertThat(partyWorkYearsCodes(twoYears, "")).containsExactly("nomination.rule.answer-missing");
		assertThat(partyWorkYearsCodes(twoYears, "两年")).containsExactly("nomination.rule.answer-missing");
	}

	@Test
	void seed004FewerYearsOfPartyWorkOnlyFlagWhereThePlanSaysGenerally() {
		List<Flag> flags = new ArrayList<>();
		assertThat(answeredEligibility(new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.FLAG,
				null, 2, null), SEED004_WORKER, Map.of(EligibilityRule.PARTY_WORK_YEARS, "1"), flags)).isEmpty();
		assertThat(flags).containsExactly(Flag.eligibility(EligibilityRule.Type.MIN_PARTY_WORK_YEARS));
	}

	@Test
	void seed004TheFormsBranchSecretaryAnswerSaysWhetherTheShareCapCountsTheNominee() {
		FormDefinition member = Forms.of("seed004-member");
		assertThat(AnsweredEligibility.shareCapped(member, new Answers(Map.of("branchSecretary", "是"), Map.of())))
			.contains(true);
		assertThat(AnsweredEligibility.shareCapped(member, new Answers(Map.of("branchSecretary", "否"), Map.of())))
			.contains(false);
		assertThat(AnsweredEligibility.shareCapped(FORM, new Answers(Map.of("branchSecretary", "是"), Map.of())))
			.isEmpty();
	}

	private static List<String> partyWorkYearsCodes(EligibilityRule rule, String years) {
		return codes(answeredEligibility(rule, SEED004_WORKER, Map.of(EligibilityRule.PARTY_WORK_YEARS, years),
				new ArrayList<>()));
	}

	private static List<String> eligibilityCodes(Category category, String since, LocalDate today) {
		List<Violation> refusals = new ArrayList<>();
		Nomination nomination = draft(null, false,
				List.of(new Declaration(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, true, since)));
		SubmissionPolicy.eligibility(nomination, category, FORM, today, refusals, new ArrayList<>());
		return codes(refusals);
	}

	/** What the eligibility rules of a category say of a nomination that answered {@code values}. */
	private static List<Violation> answeredEligibility(EligibilityRule rule, Map<String, String> values,
			List<Flag> flags) {
		return answeredEligibility(rule, FORM, values, flags);
	}

	/** Likewise on {@code form}; the clerk declared nothing. */
	private static List<Violation> answeredEligibility(EligibilityRule rule, FormDefinition form,
			Map<String, String> values, List<Flag> flags) {
		Category category = category(10, List.of(), List.of(), null, List.of(rule));
		Nomination nomination = draft();
		nomination.revise(new Filing(new Answers(values, Map.of()), null, false, List.of(), null));
		List<Violation> refusals = new ArrayList<>();
		SubmissionPolicy.eligibility(nomination, category, form, TODAY, refusals, flags);
		return refusals;
	}

	private static List<String> politicalStatusCodes(EligibilityRule.Type type, String status) {
		return codes(answeredEligibility(new EligibilityRule(type, BLOCK, null, null, null),
				Map.of("politicalStatus", status), new ArrayList<>()));
	}

	@Test
	void seed003PartyMemberServiceModelsArePartyMembersFullOrProbationary() {
		assertThat(politicalStatusCodes(EligibilityRule.Type.PARTY_MEMBER, "中共党员")).isEmpty();
		assertThat(politicalStatusCodes(EligibilityRule.Type.PARTY_MEMBER, "中共预备党员")).isEmpty();
		assertThat(politicalStatusCodes(EligibilityRule.Type.PARTY_MEMBER, "群众"))
			.containsExactly("nomination.rule.party-member");
		assertThat(politicalStatusCodes(EligibilityRule.Type.PARTY_MEMBER, "共青团员"))
			.containsExactly("nomination.rule.party-member");
		assertThat(politicalStatusCodes(EligibilityRule.Type.PARTY_MEMBER, ""))
			.containsExactly("nomination.rule.answer-missing");
	}

	@Test
	void seed004OutstandingCommunistsAreFullPartyMembersNotProbationaryOnes() {
		assertThat(politicalStatusCodes(EligibilityRule.Type.FULL_PARTY_MEMBER, "中共党员")).isEmpty();
		assertThat(politicalStatusCodes(EligibilityRule.Type.FULL_PARTY_MEMBER, "中共预备党员"))
			.containsExactly("nomination.rule.party-member");
		assertThat(politicalStatusCodes(EligibilityRule.Type.FULL_PARTY_MEMBER, "群众"))
			.containsExactly("nomination.rule.party-member");
	}

	@Test
	void seed003ProjectsWereCompletedInThePlansYear() {
		EligibilityRule in2021 = new EligibilityRule(EligibilityRule.Type.COMPLETED_IN_YEAR, BLOCK, null, null, null,
				2021);
		assertThat(answeredEligibility(in2021, Map.of("completedOn", "2021.11"), new ArrayList<>())).isEmpty();
		assertThat(answeredEligibility(in2021, Map.of("completedOn", "2021.01"), new ArrayList<>())).isEmpty();
		List<Violation> early = answeredEligibility(in2021, Map.of("completedOn", "2019.06"), new ArrayList<>());
		assertThat(codes(early)).containsExactly("nomination.rule.completed-in-year");
		assertThat(early.get(0).args()).containsExactly(2021, "2019.06");
		assertThat(codes(answeredEligibility(in2021, Map.of("completedOn", "2022.01"), new ArrayList<>())))
			.containsExactly("nomination.rule.completed-in-year");
		EligibilityRule in2019 = new EligibilityRule(EligibilityRule.Type.COMPLETED_IN_YEAR, BLOCK, null, null, null,
				2019);
		assertThat(answeredEligibility(in2019, Map.of("completedOn", "2019.06"), new ArrayList<>())).isEmpty();
	}

	@Test
	void aRuleJudgedFromTheAnswersNeedsNoDeclarationAndOnlyFlagsInFlagMode() {
		List<Flag> flags = new ArrayList<>();
		EligibilityRule flagged = new EligibilityRule(EligibilityRule.Type.PARTY_MEMBER, FLAG, null, null, null);
		assertThat(answeredEligibility(flagged, Map.of("politicalStatus", "群众"), flags)).isEmpty();
		assertThat(flags).containsExactly(Flag.eligibility(EligibilityRule.Type.PARTY_MEMBER));
		assertThat(answeredEligibility(flagged, Map.of("politicalStatus", "中共党员"), new ArrayList<>())).isEmpty();
	}

	@Test
	void seed000ADispatchedSquadronsChainGoesThroughTheTownItIsStationedIn() {
		List<EndorsementStep> chain = List.of(
				Chains.step(UnitType.STATIONED_SQUADRON, 1, Capacity.DEPARTMENT_HEAD,
						EndorsementStep.EndorserUnit.OWN_UNIT, false),
				Chains.step(UnitType.STATIONED_SQUADRON, 2, Capacity.TOWN,
						EndorsementStep.EndorserUnit.STATIONED_TOWN, true),
				Chains.step(UnitType.STATIONED_SQUADRON, 3, Capacity.LEADER_IN_CHARGE,
						EndorsementStep.EndorserUnit.PARENT_UNIT, false));
		Campaign campaign = campaign(CampaignPhase.NOMINATION, List.of(), chain);
		UnitTree bureau = new UnitTree(List.of(unit(1, UnitType.AUTHORITY, null)));
		Category category = category(10, List.of(), List.of(), null, List.of());
		Unit squadron = unit(10, UnitType.STATIONED_SQUADRON);
		squadron.stationAt(55L);
		List<Violation> refusals = new ArrayList<>();
		assertThat(SubmissionPolicy.chain(campaign, category, squadron, bureau, refusals)).containsExactly(
				new ChainStep(1, "所在单位意见", Capacity.DEPARTMENT_HEAD, 10, false, false, false),
				new ChainStep(2, "镇街（功能区、保护区）意见", Capacity.TOWN, 55, true, false, false),
				new ChainStep(3, "分管领导意见", Capacity.LEADER_IN_CHARGE, 1, false, false, false));
		assertThat(refusals).isEmpty();
		Unit unstationed = unit(11, UnitType.STATIONED_SQUADRON);
		SubmissionPolicy.chain(campaign, category, unstationed, bureau, refusals);
		assertThat(codes(refusals)).containsExactly("nomination.rule.no-endorser-unit");
		assertThat(SubmissionPolicy.chain(campaign, category, unit(12, UnitType.DIRECT_SQUADRON), bureau,
				new ArrayList<>())).isEmpty();
	}

	/**
	 * Seed 003: the 党员服务标兵 form has its own rows (工作单位意见, 工作单位纪检监察部门意见), walked instead of the
	 * campaign-wide chain of the unit type; another category without a chain of its own keeps the campaign-wide one.
	 * A step may sign two levels up: a 村's nomination reaches the 县 above its 镇.
	 */
	@Test
	void aCategorysOwnChainReplacesTheCampaignWideOneForItsUnitType() {
		long otherCategory = CATEGORY + 1;
		List<EndorsementStep> steps = List.of(
				new EndorsementStep(UnitType.OTHER, null, 1, "所在单位意见", Capacity.DEPARTMENT_HEAD,
						EndorsementStep.EndorserUnit.OWN_UNIT, 0, false, false, false),
				new EndorsementStep(UnitType.OTHER, CATEGORY, 1, "工作单位意见", Capacity.DEPARTMENT_HEAD,
						EndorsementStep.EndorserUnit.OWN_UNIT, 0, true, false, false),
				new EndorsementStep(UnitType.OTHER, CATEGORY, 2, "工作单位纪检监察部门意见", Capacity.DISCIPLINE,
						EndorsementStep.EndorserUnit.OWN_UNIT, 0, true, true, false),
				new EndorsementStep(UnitType.OTHER, CATEGORY, 3, "县区党史学习教育领导小组推荐意见",
						Capacity.LEADER_IN_CHARGE, EndorsementStep.EndorserUnit.PARENT_UNIT, 2, true, false, false));
		Campaign campaign = CampaignFixtures.campaign(1, 100, CampaignPhase.NOMINATION, OPENS, DEADLINE, List.of(),
				List.of(CATEGORY, otherCategory), steps);
		Unit village = unit(13, UnitType.OTHER, 12L);
		List<Violation> refusals = new ArrayList<>();
		assertThat(SubmissionPolicy.chain(campaign, category(10, List.of(), List.of(), null, List.of()), village,
				county(), refusals)).containsExactly(
						new ChainStep(1, "工作单位意见", Capacity.DEPARTMENT_HEAD, 13, true, false, false),
						new ChainStep(2, "工作单位纪检监察部门意见", Capacity.DISCIPLINE, 13, true, true, false),
						new ChainStep(3, "县区党史学习教育领导小组推荐意见", Capacity.LEADER_IN_CHARGE, 11, true, false, false));
		Category other = CampaignFixtures.category(otherCategory, 1,
				new Category.Settings("先进服务单位（团队）", NomineeKind.COLLECTIVE, 10, 0, List.of(), List.of(), null),
				List.of());
		assertThat(SubmissionPolicy.chain(campaign, other, village, county(), refusals))
			.containsExactly(new ChainStep(1, "所在单位意见", Capacity.DEPARTMENT_HEAD, 13, false, false, false));
		assertThat(refusals).isEmpty();
		Unit town = unit(12, UnitType.OTHER, 11L);
		SubmissionPolicy.chain(campaign, category(10, List.of(), List.of(), null, List.of()), town, county(),
				refusals);
		assertThat(codes(refusals)).containsExactly("nomination.rule.no-endorser-unit");
	}

	@Test
	void theWholeCheckReportsEveryRefusalAtOnce() {
		Campaign campaign = campaign(CampaignPhase.NOMINATION,
				List.of(new NominationLimit(UnitType.DIRECT_SQUADRON, null, 1, 1)), List.of());
		Category category = category(10, List.of(), List.of(), null, List.of());
		Nomination nomination = draft();
		nomination.revise(Filing.of(new Answers(Map.of("name", "王立新"), Map.of())));
		SubmissionPolicy.Outcome outcome = SubmissionPolicy.check(nomination, campaign, category,
				AnswerRulesTests.SEED000_PERSON, unit(10, UnitType.DIRECT_SQUADRON), new Attachments(0, false),
				List.of(new Sibling(CATEGORY, null, false)), new UnitTree(List.of()), List.of(),
				SubmissionPolicyTests::lastWorkingDay, DEADLINE.plusDays(1));
		assertThat(codes(outcome.refusals())).contains("nomination.rule.deadline-passed", "nomination.rule.required",
				"nomination.rule.photo-count", "nomination.rule.sealed-scan-required", "nomination.rule.unit-limit");
	}

}
