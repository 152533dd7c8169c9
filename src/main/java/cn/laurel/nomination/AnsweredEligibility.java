package cn.laurel.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.ShareCap;
import cn.laurel.campaign.Violation;

/**
 * The eligibility rules judged from what the form says rather than from a declaration: the nominee's 政治面貌
 * (seed 003's 党员服务标兵 are party members; seed 004's 优秀共产党员 are 正式党员), a project's 项目完成时间 (seed
 * 003: 实事 completed within the plan's year) and, where the form asks it, 从事党务工作年限 (seed 004: 2年以上).
 * Each answers the reason it is not met, or nothing. The form's 是否支部书记 likewise says whether the seed 004
 * share cap counts the nominee.
 */
final class AnsweredEligibility {

	/** The field every person form asks 政治面貌 in. */
	static final String POLITICAL_STATUS = "politicalStatus";

	/** The field a project form asks 项目完成时间 (YYYY.MM) in. */
	static final String COMPLETED_ON = "completedOn";

	private static final Properties STATUSES = statuses();

	/** 中共党员 and 中共预备党员. */
	static final Set<String> PARTY_MEMBERS = answers("party-members");

	/** 中共党员 only. */
	static final Set<String> FULL_MEMBERS = answers("full-members");

	/** The answer that says yes to a yes/no question (是). */
	private static final String YES = STATUSES.getProperty("yes");

	/** Whole years at the start of an answer such as “5” or “5年”. */
	private static final Pattern YEARS = Pattern.compile("^(\\d{1,2})");

	private AnsweredEligibility() {
	}

	/** Why the answers do not meet {@code rule}; empty when they do or the rule is a declared one. */
	static Optional<Violation> unmet(EligibilityRule rule, Answers answers) {
		return switch (rule.type()) {
			case PARTY_MEMBER -> politicalStatus(rule, answers, PARTY_MEMBERS);
			case FULL_PARTY_MEMBER -> politicalStatus(rule, answers, FULL_MEMBERS);
			case COMPLETED_IN_YEAR -> completedIn(rule, answers);
			case MIN_PARTY_WORK_YEARS -> partyWorkYears(rule, answers);
			default -> Optional.empty();
		};
	}

	/**
	 * Whether the nominee is of the kind the category's share cap counts, as the form answers it (seed 004: 是否支部
	 * 书记); empty where the form does not ask.
	 */
	static Optional<Boolean> shareCapped(FormDefinition form, Answers answers) {
		return form.asksShareCap() ? Optional.of(YES.equals(answers.value(ShareCap.FIELD).strip()))
				: Optional.empty();
	}

	private static Optional<Violation> partyWorkYears(EligibilityRule rule, Answers answers) {
		String answered = answers.value(EligibilityRule.PARTY_WORK_YEARS).strip();
		Matcher years = YEARS.matcher(answered);
		if (!years.find()) {
			return Optional.of(missing(rule, EligibilityRule.PARTY_WORK_YEARS));
		}
		return Integer.parseInt(years.group(1)) >= rule.years() ? Optional.empty()
				: Optional.of(Violation.of("answers." + EligibilityRule.PARTY_WORK_YEARS,
						"nomination.rule.party-work-years", rule.years(), answered));
	}

	private static Optional<Violation> politicalStatus(EligibilityRule rule, Answers answers, Set<String> accepted) {
		String status = answers.value(POLITICAL_STATUS).strip();
		if (status.isEmpty()) {
			return Optional.of(missing(rule, POLITICAL_STATUS));
		}
		return accepted.contains(status) ? Optional.empty()
				: Optional.of(Violation.of("answers." + POLITICAL_STATUS, "nomination.rule.party-member",
						rule.type().messageKey(), status));
	}

	private static Optional<Violation> completedIn(EligibilityRule rule, Answers answers) {
		String completed = answers.value(COMPLETED_ON).strip();
		var month = AnswerRules.yearMonth(completed);
		if (month.isEmpty()) {
			return Optional.of(missing(rule, COMPLETED_ON));
		}
		return month.get().getYear() == rule.year() ? Optional.empty()
				: Optional.of(Violation.of("answers." + COMPLETED_ON, "nomination.rule.completed-in-year",
						rule.year(), completed));
	}

	/** The answer is missing; its field is named by the message {@code answer-field.<KEY>}. */
	private static Violation missing(EligibilityRule rule, String key) {
		return Violation.of("answers." + key, "nomination.rule.answer-missing", rule.type().messageKey(),
				"answer-field." + key.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
	}

	private static Set<String> answers(String key) {
		return Set.copyOf(Arrays.stream(STATUSES.getProperty(key).split(",")).map(String::strip).toList());
	}

	private static Properties statuses() {
		try (InputStream in = AnsweredEligibility.class.getResourceAsStream("/nomination/answered-eligibility.properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
