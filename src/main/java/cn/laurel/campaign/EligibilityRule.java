package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An eligibility rule picked from the catalogue ({@link Type}) with its parameters. A
 * {@link Mode#BLOCK blocking} rule refuses submission with its reason; a {@link Mode#FLAG flag}
 * lets the nomination through marked, and the reviewer must clear it in writing. Most rules are
 * declared by the clerk; those {@link Type#fromAnswers() judged from the form's answers} are not.
 */
@Table("eligibility_rule")
public record EligibilityRule(Type type, Mode mode, LocalDate sinceDate, Integer years, String titles, Integer year) {

	/** The key of the 从事党务工作年限 field (whole years) a form asks to judge {@link Type#MIN_PARTY_WORK_YEARS}. */
	public static final String PARTY_WORK_YEARS = "partyWorkYears";

	@PersistenceCreator
	public EligibilityRule {
	}

	/** A rule that takes no year. */
	public EligibilityRule(Type type, Mode mode, LocalDate sinceDate, Integer years, String titles) {
		this(type, mode, sinceDate, years, titles, null);
	}

	public enum Mode {

		BLOCK, FLAG;

		public String messageKey() {
			return "rule-mode." + name();
		}

	}

	/** The catalogue of rules named in the seeds (SPEC §3), with the parameters each one takes. */
	public enum Type {

		/** 事迹 since a date (seed 000: 2020年以来). Needs {@code sinceDate}. */
		DEEDS_SINCE(true, false, false),
		/** The same deed already earned one of the listed honours (seed 000). Needs {@code titles}. */
		NO_PRIOR_HONOUR_FOR_SAME_DEED(false, false, true),
		/** Already holds a listed title, e.g. 省“三个100” (seed 003). Needs {@code titles}. */
		NOT_ALREADY_HONOURED(false, false, true),
		/** No members of leadership teams, no 处级及以上 cadres (seed 002; usually a flag). */
		NO_LEADERSHIP_CADRES(false, false, false),
		/**
		 * At least {@code years} of party work (seed 004: 2 years for 优秀党务工作者): declared with the month it began,
		 * or judged from the form's 从事党务工作年限 where it asks that.
		 */
		MIN_PARTY_WORK_YEARS(false, true, false),
		/** No breach of discipline or law, optionally since a date (seeds 000, 002, 003, 004). */
		NO_DISCIPLINARY_RECORD(false, false, false),
		/** No breach of an 一票否决 rule since {@code sinceDate} (seed 004: since 2021-01). */
		NO_ONE_VOTE_VETO(true, false, false),
		/** Not the subject of a complaint or report by the public found true (seed 000: 被群众投诉举报查实的不得推荐). */
		NO_SUBSTANTIATED_COMPLAINT(false, false, false),
		/** Caused no seriously bad public impact for any other reason (seed 000: 其他原因造成较恶劣社会影响的不得推荐). */
		NO_SERIOUS_PUBLIC_HARM(false, false, false),
		/**
		 * A party member, 正式 or 预备, by the 政治面貌 answered (seed 003: 党员服务标兵 are 在职党员干部 or
		 * 非在职党员).
		 */
		PARTY_MEMBER(false, false, false, false, true),
		/** A full party member (正式党员), not a probationary one, by the 政治面貌 answered (seed 004). */
		FULL_PARTY_MEMBER(false, false, false, false, true),
		/**
		 * A project completed in {@code year}, by the 项目完成时间 answered (seed 003: 2021年度内已经完成的实事).
		 */
		COMPLETED_IN_YEAR(false, false, false, true, true);

		private final boolean needsSince;

		private final boolean needsYears;

		private final boolean needsTitles;

		private final boolean needsYear;

		private final boolean fromAnswers;

		Type(boolean needsSince, boolean needsYears, boolean needsTitles) {
			this(needsSince, needsYears, needsTitles, false, false);
		}

		Type(boolean needsSince, boolean needsYears, boolean needsTitles, boolean needsYear, boolean fromAnswers) {
			this.needsSince = needsSince;
			this.needsYears = needsYears;
			this.needsTitles = needsTitles;
			this.needsYear = needsYear;
			this.fromAnswers = fromAnswers;
		}

		public boolean needsYear() {
			return this.needsYear;
		}

		/** Judged from the form's answers at submission, so the clerk declares nothing. */
		public boolean fromAnswers() {
			return this.fromAnswers;
		}

		/**
		 * The field a form may ask that answers the rule instead of the clerk's declaration, or {@code null}: the
		 * answered years of party work.
		 */
		public String answerField() {
			return (this == MIN_PARTY_WORK_YEARS) ? PARTY_WORK_YEARS : null;
		}

		public boolean needsSince() {
			return this.needsSince;
		}

		public boolean needsYears() {
			return this.needsYears;
		}

		public boolean needsTitles() {
			return this.needsTitles;
		}

		public String messageKey() {
			return "rule-type." + name();
		}

	}

	/** Judged from the answers of {@code form} rather than declared by the clerk. */
	public boolean answeredBy(FormDefinition form) {
		return this.type.fromAnswers() || (this.type.answerField() != null && form.asks(this.type.answerField()));
	}

	/** The listed titles, one per line. */
	public List<String> titleList() {
		if (this.titles == null) {
			return List.of();
		}
		return Arrays.stream(this.titles.split("\\R")).map(String::trim).filter(t -> !t.isEmpty()).toList();
	}

	List<Violation> check(String field, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (this.type == null || this.mode == null) {
			violations.add(Violation.of(field, "campaign.rule.eligibility-type-required"));
			return violations;
		}
		if (this.type.needsSince() && this.sinceDate == null) {
			violations.add(Violation.of(field + ".sinceDate", "campaign.rule.eligibility-needs-date"));
		}
		if (this.sinceDate != null && this.sinceDate.isAfter(today)) {
			violations.add(Violation.of(field + ".sinceDate", "campaign.rule.eligibility-date-in-future"));
		}
		if (this.type.needsYears() && (this.years == null || this.years < 1)) {
			violations.add(Violation.of(field + ".years", "campaign.rule.eligibility-needs-years"));
		}
		if (this.type.needsYear() && (this.year == null || this.year < 1949 || this.year > today.getYear())) {
			violations.add(Violation.of(field + ".year", "campaign.rule.eligibility-needs-year"));
		}
		if (this.type.needsTitles() && titleList().isEmpty()) {
			violations.add(Violation.of(field + ".titles", "campaign.rule.eligibility-needs-titles"));
		}
		return violations;
	}

}
