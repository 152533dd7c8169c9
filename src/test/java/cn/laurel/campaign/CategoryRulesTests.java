package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Category configuration rules, each named as the rule; seed 002 splits 20 into 15 + 5 and allocates per city. */
class CategoryRulesTests {

	private static Category.Settings settings(int quota, List<Segment> segments, List<Allocation> allocations,
			ShareCap cap) {
		return new Category.Settings("最美应急人", NomineeKind.PERSON, quota, 0, segments, allocations, cap);
	}

	private static List<String> codes(Category.Settings settings) {
		return CampaignRules.category(settings).stream().map(Violation::code).toList();
	}

	@Test
	void segmentsMustSumToTheCategoryQuota() {
		assertThat(codes(settings(20, List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 5)), List.of(),
				null))).isEmpty();
		List<Violation> violations = CampaignRules
			.category(settings(20, List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 4)), List.of(), null));
		assertThat(violations).extracting(Violation::code).containsExactly("campaign.rule.segments-sum-to-quota");
		assertThat(violations.get(0).args()).containsExactly(19, 20);
	}

	@Test
	void allocationTotalMayNotExceedTheQuota() {
		List<Allocation> eleven = List.of(new Allocation(1L, null, 6), new Allocation(2L, null, 5));
		assertThat(codes(settings(11, List.of(), eleven, null))).isEmpty();
		assertThat(codes(settings(10, List.of(), eleven, null)))
			.containsExactly("campaign.rule.allocation-exceeds-quota");
	}

	@Test
	void allocationWithinASegmentMayNotExceedTheSegmentQuota() {
		List<Segment> segments = List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 5));
		assertThat(codes(settings(20, segments,
				List.of(new Allocation(1L, "社会救援力量", 3), new Allocation(2L, "社会救援力量", 3)), null)))
			.containsExactly("campaign.rule.allocation-exceeds-segment");
		assertThat(codes(settings(20, segments, List.of(new Allocation(1L, "无此分段", 1)), null)))
			.containsExactly("campaign.rule.allocation-unknown-segment");
	}

	@Test
	void quotaMustBePositive() {
		assertThat(codes(settings(0, List.of(), List.of(), null))).containsExactly("campaign.rule.quota-positive");
	}

	@Test
	void branchSecretaryShareCapNeedsAnAllocationAndAPercentage() {
		List<Allocation> branches = List.of(new Allocation(1L, null, 5), new Allocation(2L, null, 5));
		assertThat(codes(settings(10, List.of(), branches, new ShareCap("支部书记", 20)))).isEmpty();
		assertThat(codes(settings(10, List.of(), List.of(), new ShareCap("支部书记", 20))))
			.containsExactly("campaign.rule.share-cap-needs-allocation");
		assertThat(codes(settings(10, List.of(), branches, new ShareCap("支部书记", 0))))
			.containsExactly("campaign.rule.share-cap-range");
	}

	@Test
	void twentyPercentOfABranchAllocationOfFiveAllowsOneSecretary() {
		assertThat(new ShareCap("支部书记", 20).maxOf(5)).isEqualTo(1);
		assertThat(new ShareCap("支部书记", 20).maxOf(4)).isZero();
	}

	@Test
	void eligibilityRulesTakeTheParametersTheirTypeNeeds() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		assertThat(CampaignRules.eligibility(List.of(
				new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE, EligibilityRule.Mode.BLOCK,
						LocalDate.of(2020, 1, 1), null, null),
				new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null, 2,
						null),
				new EligibilityRule(EligibilityRule.Type.NO_PRIOR_HONOUR_FOR_SAME_DEED, EligibilityRule.Mode.BLOCK, null,
						null, "区级以上道德模范\n新区成立五周年突出贡献人物")),
				today)).isEmpty();
		assertThat(CampaignRules.eligibility(List.of(
				new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE, EligibilityRule.Mode.BLOCK, null, null, null),
				new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null, 0,
						null),
				new EligibilityRule(EligibilityRule.Type.NOT_ALREADY_HONOURED, EligibilityRule.Mode.FLAG, null, null,
						" ")),
				today))
			.extracting(Violation::code)
			.containsExactly("campaign.rule.eligibility-needs-date", "campaign.rule.eligibility-needs-years",
					"campaign.rule.eligibility-needs-titles");
	}

	@Test
	void builtInSeedFormsAreValid() {
		// the constructor refuses an invalid built-in form; this proves all six load
		assertThatNoException().isThrownBy(() -> new FormTemplates(tools.jackson.databind.json.JsonMapper.builder().build()));
	}

}
