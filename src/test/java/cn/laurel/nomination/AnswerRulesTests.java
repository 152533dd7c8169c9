package cn.laurel.nomination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.Violation;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers checked against the seeds' forms, each rule named as the plan states it. */
class AnswerRulesTests {

	static final FormDefinition SEED000_PERSON = Forms.of("seed000-person");

	static final FormDefinition SEED000_DEED = Forms.of("seed000-deed");

	static final FormDefinition SEED003_PERSON = Forms.of("seed003-person");

	static Map<String, String> seed000Person() {
		Map<String, String> values = new HashMap<>();
		values.put("name", "王立新");
		values.put("gender", "男");
		values.put("birthMonth", "1985.07");
		values.put("ethnicity", "汉族");
		values.put("education", SEED000_PERSON.field("education").choices().get(0));
		values.put("politicalStatus", "中共党员");
		values.put("enforcementSince", "2008.09");
		values.put("workplaceAndPost", "直属一中队 队员");
		values.put("phone", "13805320000");
		values.put("deeds", "执".repeat(200));
		return values;
	}

	static List<List<String>> continuousResume() {
		return List.of(List.of("2003.09", "2007.07", "山东大学法学院学习"),
				List.of("2007.07", "2015.03", "黄岛区城市管理局科员"),
				List.of("2015.04", "", "综合行政执法局直属一中队队长"));
	}

	private static List<String> codes(FormDefinition form, Map<String, String> values,
			Map<String, List<List<String>>> tables) {
		return AnswerRules.check(form, new Answers(values, tables)).stream().map(Refusal.Reason::code).toList();
	}

	@Test
	void aCompleteSeed000PersonFormBreaksNoRule() {
		assertThat(codes(SEED000_PERSON, seed000Person(), Map.of())).isEmpty();
	}

	@Test
	void deedTextOverItsWordLimitIsRefusedWithTheCount() {
		Map<String, String> values = seed000Person();
		values.put("deeds", "执".repeat(251));
		List<Violation> violations = AnswerRules.check(SEED000_PERSON, new Answers(values, Map.of()));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("nomination.rule.too-long");
			assertThat(v.field()).isEqualTo("answers.deeds");
			assertThat(v.args()).containsExactly("主要事迹", 251, 250);
		});
	}

	@Test
	void wordsAreCountedAsCharactersWithoutWhitespace() {
		Map<String, String> values = seed000Person();
		values.put("deeds", "执法为民 ".repeat(62) + "\n\n执法");
		assertThat(codes(SEED000_PERSON, values, Map.of())).isEmpty();
		values.put("deeds", "执法为民".repeat(62) + "执法为");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.too-long");
	}

	@Test
	void aRequiredFieldLeftEmptyIsRefused() {
		Map<String, String> values = seed000Person();
		values.put("name", "  ");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.required");
	}

	@Test
	void birthMonthIsWrittenAsYearDotMonth() {
		Map<String, String> values = seed000Person();
		values.put("birthMonth", "1985-07");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.format.YEAR_MONTH");
		values.put("birthMonth", "1985.13");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.format.YEAR_MONTH");
	}

	@Test
	void aChoiceMustBeOneOfTheFormsOptions() {
		Map<String, String> values = seed000Person();
		values.put("gender", "未知");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.format.CHOICE");
	}

	@Test
	void aPhoneMustBeAMobileOrALandlineNumber() {
		Map<String, String> values = seed000Person();
		values.put("phone", "1380532");
		assertThat(codes(SEED000_PERSON, values, Map.of())).containsExactly("nomination.rule.format.PHONE");
		values.put("phone", "0532-86981234");
		assertThat(codes(SEED000_PERSON, values, Map.of())).isEmpty();
	}

	@Test
	void anIdNumberNeedsARealBirthDateAndTheRightCheckDigit() {
		assertThat(AnswerRules.isIdNumber("11010519491231002X")).isTrue();
		assertThat(AnswerRules.isIdNumber("110105194912310021")).isFalse();
		assertThat(AnswerRules.isIdNumber("110105194913310028")).isFalse();
		assertThat(AnswerRules.isIdNumber("11010519491231002")).isFalse();
	}

	@Test
	void anIdNumberMustAgreeWithTheBirthMonthGiven() {
		Map<String, String> values = new HashMap<>(Map.of("birthMonth", "1949.12", "idNumber", "11010519491231002X"));
		assertThat(AnswerRules.idNumberMatchesBirth(SEED003_PERSON, new Answers(values, Map.of()))).isEmpty();
		values.put("birthMonth", "1980.03");
		List<Violation> mismatch = AnswerRules.idNumberMatchesBirth(SEED003_PERSON, new Answers(values, Map.of()));
		assertThat(mismatch).extracting(Refusal.Reason::code).containsExactly("nomination.rule.id-birth-mismatch");
		assertThat(mismatch.get(0).field()).isEqualTo("answers.idNumber");
		assertThat(mismatch.get(0).args()).containsExactly("身份证号码", "1949.12", "出生日期", "1980.03");
		assertThat(codes(SEED003_PERSON, values, Map.of())).contains("nomination.rule.id-birth-mismatch");
	}

	@Test
	void resumePeriodsThatFollowEachOtherPass() {
		assertThat(resumeCodes(continuousResume())).isEmpty();
	}

	@Test
	void aResumeWithAGapBetweenPeriodsIsRefused() {
		List<List<String>> resume = List.of(List.of("2003.09", "2007.07", "山东大学法学院学习"),
				List.of("2007.10", "", "黄岛区城市管理局科员"));
		List<Violation> violations = resumeViolations(resume);
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("nomination.rule.resume-gap");
			assertThat(v.args()).containsExactly(1, 2, "2007-07", "2007-10");
		});
	}

	@Test
	void onlyTheLastResumePeriodMayRunToThePresent() {
		List<List<String>> resume = List.of(List.of("2003.09", "", "山东大学法学院学习"),
				List.of("2007.07", "2015.03", "黄岛区城市管理局科员"));
		assertThat(resumeCodes(resume)).containsExactly("nomination.rule.resume-ongoing-last");
	}

	@Test
	void aResumePeriodMayNotEndBeforeItStarts() {
		List<List<String>> resume = List.of(List.of("2007.07", "2003.09", "山东大学法学院学习"));
		assertThat(resumeCodes(resume)).containsExactly("nomination.rule.resume-ends-before-start");
	}

	@Test
	void resumePeriodsAreWrittenToTheMonth() {
		List<List<String>> resume = List.of(List.of("2003", "2007.07", "山东大学法学院学习"));
		assertThat(resumeCodes(resume)).containsExactly("nomination.rule.resume-period");
	}

	@Test
	void teamMembersOfADeedAreCompleteRowsInOrderOfImportance() {
		Map<String, String> values = new HashMap<>(Map.of("deedTitle", "背街小巷整治", "involved", "直属一中队",
				"contactName", "李明", "contactPhone", "13805320001", "deeds", "整".repeat(200)));
		List<List<String>> members = List.of(List.of("张三", "中共党员", "中队长"), List.of("李四", "", "队员"));
		List<Violation> violations = AnswerRules.check(SEED000_DEED,
				new Answers(values, Map.of("members", members)));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("nomination.rule.row-incomplete");
			assertThat(v.args()).containsExactly("若该实事涉及人员属于部门、集体或团队，请按参与的重要程度依次排序注明", 2);
		});
	}

	private static List<Violation> resumeViolations(List<List<String>> resume) {
		return AnswerRules.check(SEED003_PERSON, new Answers(Map.of(), Map.of("resume", resume)))
			.stream()
			.filter(v -> v.field().equals("answers.resume"))
			.toList();
	}

	private static List<String> resumeCodes(List<List<String>> resume) {
		return resumeViolations(resume).stream().map(Refusal.Reason::code).toList();
	}

}
