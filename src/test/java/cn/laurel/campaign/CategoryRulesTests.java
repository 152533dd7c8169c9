package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.system.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

/** Category configuration rules, each named as the rule; seed 002 splits 20 into 15 + 5 and allocates per city. */
class CategoryRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static Category.Settings settings(int quota, List<Segment> segments, List<Allocation> allocations,
			ShareCap cap) {
		return new Category.Settings("最美应急人", NomineeKind.PERSON, quota, 0, segments, allocations, cap);
	}

	private static List<String> codes(Category.Settings settings) {
		return CampaignRules.category(settings).stream().map(Refusal.Reason::code).toList();
	}

	@Test
	void segmentsMustSumToTheCategoryQuota() {
		assertThat(codes(settings(20, List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 5)), List.of(),
				null))).isEmpty();
		List<Violation> violations = CampaignRules
			.category(settings(20, List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 4)), List.of(), null));
		assertThat(violations).extracting(Refusal.Reason::code).containsExactly("campaign.rule.segments-sum-to-quota");
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
		assertThat(CampaignRules.eligibility(List.of(
				new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE, EligibilityRule.Mode.BLOCK,
						LocalDate.of(2020, 1, 1), null, null),
				new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null, 2,
						null),
				new EligibilityRule(EligibilityRule.Type.NO_PRIOR_HONOUR_FOR_SAME_DEED, EligibilityRule.Mode.BLOCK, null,
						null, "区级以上道德模范\n新区成立五周年突出贡献人物")),
				TODAY)).isEmpty();
		assertThat(CampaignRules.eligibility(List.of(
				new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE, EligibilityRule.Mode.BLOCK, null, null, null),
				new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null, 0,
						null),
				new EligibilityRule(EligibilityRule.Type.NOT_ALREADY_HONOURED, EligibilityRule.Mode.FLAG, null, null,
						" ")),
				TODAY))
			.extracting(Refusal.Reason::code)
			.containsExactly("campaign.rule.eligibility-needs-date", "campaign.rule.eligibility-needs-years",
					"campaign.rule.eligibility-needs-titles");
	}

	@Test
	void aCategoryHasANameAndANomineeKind() {
		assertThat(codes(new Category.Settings(" ", null, 1, 0, null, null, null)))
			.containsExactly("campaign.rule.category-name-required", "campaign.rule.nominee-kind-required");
	}

	@Test
	void everySegmentHasANameAndAtLeastOnePlace() {
		assertThat(codes(settings(20, List.of(new Segment("系统干部职工", 20), new Segment(" ", 0)), List.of(), null)))
			.containsExactly("campaign.rule.segment-incomplete");
	}

	@Test
	void anEligibilityRuleHasATypeAndAMode() {
		assertThat(CampaignRules.eligibility(List.of(new EligibilityRule(EligibilityRule.Type.NO_LEADERSHIP_CADRES,
				null, null, null, null)), TODAY))
			.extracting(Refusal.Reason::code)
			.containsExactly("campaign.rule.eligibility-type-required");
	}

	@Test
	void segmentNamesAreUnique() {
		assertThat(codes(settings(20, List.of(new Segment("系统干部职工", 15), new Segment("系统干部职工", 5)), List.of(),
				null))).containsExactly("campaign.rule.segment-names-unique");
	}

	@Test
	void aUnitIsAllocatedOnceWithinASegment() {
		List<Segment> segments = List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 5));
		assertThat(codes(settings(20, segments,
				List.of(new Allocation(1L, "系统干部职工", 3), new Allocation(1L, "社会救援力量", 1)), null))).isEmpty();
		List<Violation> violations = CampaignRules.category(settings(20, segments,
				List.of(new Allocation(1L, "系统干部职工", 3), new Allocation(1L, "系统干部职工", 1)), null));
		assertThat(violations).extracting(Refusal.Reason::code).containsExactly("campaign.rule.allocation-twice");
		assertThat(violations.get(0).args()).containsExactly(2);
	}

	@Test
	void anAllocationNamesAUnitAndAtLeastOnePlace() {
		assertThat(codes(settings(10, List.of(), List.of(new Allocation(1L, null, 1)), null))).isEmpty();
		assertThat(codes(settings(10, List.of(), List.of(new Allocation(null, null, 2)), null)))
			.containsExactly("campaign.rule.allocation-incomplete");
		assertThat(codes(settings(10, List.of(), List.of(new Allocation(1L, null, 0)), null)))
			.containsExactly("campaign.rule.allocation-incomplete");
	}

	@Test
	void anEligibilityRuleIsGivenOnce() {
		EligibilityRule since2020 = new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE, EligibilityRule.Mode.BLOCK,
				LocalDate.of(2020, 1, 1), null, null);
		EligibilityRule clean = new EligibilityRule(EligibilityRule.Type.NO_DISCIPLINARY_RECORD,
				EligibilityRule.Mode.FLAG, null, null, null);
		assertThat(CampaignRules.eligibility(List.of(since2020, clean), TODAY)).isEmpty();
		assertThat(CampaignRules.eligibility(List.of(since2020, clean, since2020), TODAY))
			.extracting(Refusal.Reason::code)
			.containsExactly("campaign.rule.eligibility-twice");
	}

	@Test
	void anEligibilityRuleMayNotStartInTheFuture() {
		assertThat(CampaignRules.eligibility(List.of(new EligibilityRule(EligibilityRule.Type.NO_ONE_VOTE_VETO,
				EligibilityRule.Mode.BLOCK, TODAY, null, null)), TODAY)).isEmpty();
		assertThat(CampaignRules.eligibility(List.of(new EligibilityRule(EligibilityRule.Type.NO_ONE_VOTE_VETO,
				EligibilityRule.Mode.BLOCK, TODAY.plusDays(1), null, null)), TODAY))
			.extracting(Refusal.Reason::code, Refusal.Reason::field)
			.containsExactly(tuple("campaign.rule.eligibility-date-in-future", "eligibilityRules[0].sinceDate"));
	}

	private static FormDefinition.Field field(String key, FormDefinition.FieldType type, Integer maxChars,
			Integer targetChars, List<String> choices, List<String> columns) {
		return new FormDefinition.Field(key, "字段" + key, type, true, maxChars, targetChars, choices, columns, false,
				null);
	}

	private static FormDefinition.Field text(String key) {
		return field(key, FormDefinition.FieldType.TEXT, null, null, null, null);
	}

	private static FormDefinition form(FormDefinition.Photos photos, FormDefinition.Field... fields) {
		return new FormDefinition("custom", "“最美应急人”推荐表", List.of(fields), photos, true);
	}

	private static FormDefinition form(FormDefinition.Field... fields) {
		return form(new FormDefinition.Photos(1, 2, false), fields);
	}

	private static List<String> codes(FormDefinition form) {
		return form.check().stream().map(Refusal.Reason::code).toList();
	}

	@Test
	void aFieldKeyStartsWithALowerCaseLetterAndHoldsOnlyLettersAndDigits() {
		assertThat(codes(form(text("name"), text("birthMonth2")))).isEmpty();
		for (String key : new String[] { null, "", "Name", "2name", "birth-month", "出生年月" }) {
			assertThat(codes(form(text("name"), text(key)))).as(key).containsExactly("campaign.rule.form-field-key");
		}
	}

	@Test
	void twoFieldsMayNotShareAKey() {
		List<Violation> violations = form(text("name"), text("unit"), text("name")).check();
		assertThat(violations).extracting(Refusal.Reason::code, Refusal.Reason::field)
			.containsExactly(tuple("campaign.rule.form-field-key-twice", "form.fields[2]"));
		assertThat(violations.get(0).args()).containsExactly(3, "name");
	}

	@Test
	void everyFieldHasALabelAndAType() {
		assertThat(codes(form(new FormDefinition.Field("name", " ", FormDefinition.FieldType.TEXT, true, null, null,
				null, null, false, null)))).containsExactly("campaign.rule.form-field-incomplete");
		assertThat(codes(form(field("name", null, null, null, null, null))))
			.containsExactly("campaign.rule.form-field-incomplete");
	}

	@Test
	void aChoiceFieldOffersAtLeastTwoChoices() {
		assertThat(codes(form(field("gender", FormDefinition.FieldType.CHOICE, null, null, List.of("男", "女"), null))))
			.isEmpty();
		assertThat(codes(form(field("gender", FormDefinition.FieldType.CHOICE, null, null, List.of("男"), null))))
			.containsExactly("campaign.rule.form-choices-needed");
	}

	@Test
	void aTableFieldHasColumns() {
		assertThat(codes(form(field("members", FormDefinition.FieldType.TABLE, null, null, null,
				List.of("姓名", "职务")))))
			.isEmpty();
		assertThat(codes(form(field("members", FormDefinition.FieldType.TABLE, null, null, null, List.of()))))
			.containsExactly("campaign.rule.form-columns-needed");
	}

	@Test
	void aFormAsksForZeroToNinePhotosWithTheMinimumNotAboveTheMaximum() {
		assertThat(codes(form(new FormDefinition.Photos(0, 0, false), text("name")))).isEmpty();
		assertThat(codes(form(new FormDefinition.Photos(0, 9, false), text("name")))).isEmpty();
		assertThat(codes(form(new FormDefinition.Photos(-1, 2, false), text("name"))))
			.containsExactly("campaign.rule.form-photo-count");
		assertThat(codes(form(new FormDefinition.Photos(3, 2, false), text("name"))))
			.containsExactly("campaign.rule.form-photo-count");
		assertThat(codes(form(new FormDefinition.Photos(1, 10, false), text("name"))))
			.containsExactly("campaign.rule.form-photo-count");
	}

	@Test
	void theSuggestedLengthMayNotExceedTheWordLimit() {
		assertThat(codes(form(field("deeds", FormDefinition.FieldType.TEXTAREA, 300, 300, null, null)))).isEmpty();
		assertThat(codes(form(field("deeds", FormDefinition.FieldType.TEXTAREA, 200, 300, null, null))))
			.containsExactly("campaign.rule.form-target-above-limit");
	}

	@Test
	void aWordLimitIsAtLeastOneCharacter() {
		assertThat(codes(form(field("deeds", FormDefinition.FieldType.TEXTAREA, 1, null, null, null)))).isEmpty();
		assertThat(codes(form(field("deeds", FormDefinition.FieldType.TEXTAREA, 0, null, null, null))))
			.containsExactly("campaign.rule.form-word-limit-positive");
	}

	@Test
	void aFormNeedsATitle() {
		assertThat(codes(new FormDefinition("custom", " ", List.of(text("name")), null, false)))
			.containsExactly("campaign.rule.form-title-required");
	}

	@Test
	void aFormNeedsAtLeastOneField() {
		assertThat(codes(form())).containsExactly("campaign.rule.form-needs-fields");
	}

	@Test
	void builtInSeedFormsAreValid() {
		// the constructor refuses an invalid built-in form; this proves they all load
		assertThatNoException().isThrownBy(() -> new FormTemplates(tools.jackson.databind.json.JsonMapper.builder().build()));
	}

	@Test
	void theBuiltInFormsPrintLayoutsNameOnlyTheirOwnFields() throws Exception {
		for (FormDefinition form : new FormTemplates(tools.jackson.databind.json.JsonMapper.builder().build()).all()) {
			FormDefinition.Print print = form.print();
			List<String> placed = new java.util.ArrayList<>(print.closing());
			print.rows().forEach(placed::addAll);
			assertThat(placed).as(form.templateKey()).allMatch(form::asks).doesNotHaveDuplicates();
			print.groups()
				.forEach(group -> assertThat(group.labels().keySet()).as(group.label()).allMatch(placed::contains));
			if (print.consultation() != null) {
				assertThat(print.consultation().fields()).as(form.templateKey()).allMatch(form::asks);
			}
		}
	}

}
