package cn.laurel.nomination;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.Violation;

/**
 * Checks answers against the form version the clerk filled in. Drafts may break any rule (nothing
 * typed is ever thrown away); submission is refused while one is broken.
 */
final class AnswerRules {

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\.(0[1-9]|1[0-2])");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK_DIGITS = "10X98765432";

	private AnswerRules() {
	}

	static List<Violation> check(FormDefinition form, Answers answers) {
		List<Violation> violations = new ArrayList<>();
		for (Field field : form.fields()) {
			String path = "answers." + field.key();
			switch (field.type()) {
				case TABLE -> checkTable(field, answers.rows(field.key()), path, violations);
				case RESUME -> checkResume(field, answers.rows(field.key()), path, violations);
				default -> checkValue(field, answers.value(field.key()), path, violations);
			}
		}
		violations.addAll(idNumberMatchesBirth(form, answers));
		return violations;
	}

	/** The field a person form asks 出生年月 in (YYYY.MM). */
	static final String BIRTH_MONTH = "birthMonth";

	/**
	 * An ID number carries the birth date (digits 7–14); where the form also asks 出生年月, the two must agree.
	 * Checked only when both are well formed, so the clerk sees one reason at a time.
	 */
	static List<Violation> idNumberMatchesBirth(FormDefinition form, Answers answers) {
		Optional<Field> birthField = form.fields().stream().filter(f -> f.key().equals(BIRTH_MONTH)).findFirst();
		Optional<YearMonth> birth = yearMonth(answers.value(BIRTH_MONTH));
		if (birthField.isEmpty() || birth.isEmpty()) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		for (Field field : form.fields()) {
			String id = answers.value(field.key()).toUpperCase();
			if (field.type() != FormDefinition.FieldType.ID_NUMBER || !isIdNumber(id)) {
				continue;
			}
			YearMonth inId = YearMonth.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)));
			if (!inId.equals(birth.get())) {
				violations.add(Violation.of("answers." + field.key(), "nomination.rule.id-birth-mismatch", field.label(),
						String.format("%d.%02d", inId.getYear(), inId.getMonthValue()), birthField.get().label(),
						answers.value(BIRTH_MONTH)));
			}
		}
		return violations;
	}

	private static void checkValue(Field field, String value, String path, List<Violation> violations) {
		if (value.isEmpty()) {
			if (field.required()) {
				violations.add(Violation.of(path, "nomination.rule.required", field.label()));
			}
			return;
		}
		int count = FormDefinition.countCharacters(value);
		if (field.maxChars() != null && count > field.maxChars()) {
			violations.add(Violation.of(path, "nomination.rule.too-long", field.label(), count, field.maxChars()));
		}
		if (!hasValidFormat(field, value)) {
			violations.add(Violation.of(path, "nomination.rule.format." + field.type().name(), field.label()));
		}
	}

	private static boolean hasValidFormat(Field field, String value) {
		return switch (field.type()) {
			case YEAR_MONTH -> yearMonth(value).isPresent();
			case DATE -> isDate(value);
			case CHOICE -> field.choices().contains(value);
			case PHONE -> MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches();
			case ID_NUMBER -> isIdNumber(value);
			case EMAIL -> EMAIL.matcher(value).matches();
			case POSTCODE -> POSTCODE.matcher(value).matches();
			default -> true;
		};
	}

	/** Rows with any cell filled must be complete; a required table needs at least one row. */
	private static void checkTable(Field field, List<List<String>> rows, String path, List<Violation> violations) {
		List<List<String>> filled = filled(rows);
		if (filled.isEmpty() && field.required()) {
			violations.add(Violation.of(path, "nomination.rule.required", field.label()));
		}
		for (int i = 0; i < filled.size(); i++) {
			List<String> row = filled.get(i);
			if (row.size() < field.columns().size() || row.stream().anyMatch(String::isBlank)) {
				violations.add(Violation.of(path, "nomination.rule.row-incomplete", field.label(), i + 1));
			}
		}
	}

	/**
	 * 个人简历 (seed 003 填表说明四): periods to the month, each starting where the one before ended
	 * (or the month after); only the last one may be left open (至今), by leaving its end blank.
	 */
	private static void checkResume(Field field, List<List<String>> rows, String path, List<Violation> violations) {
		List<List<String>> filled = filled(rows);
		if (filled.isEmpty()) {
			if (field.required()) {
				violations.add(Violation.of(path, "nomination.rule.required", field.label()));
			}
			return;
		}
		YearMonth previousEnd = null;
		for (int i = 0; i < filled.size(); i++) {
			List<String> row = filled.get(i);
			int line = i + 1;
			Optional<YearMonth> from = yearMonth(cell(row, 0));
			boolean ongoing = cell(row, 1).isEmpty();
			Optional<YearMonth> to = ongoing ? Optional.empty() : yearMonth(cell(row, 1));
			if (from.isEmpty() || (!ongoing && to.isEmpty()) || cell(row, 2).isBlank()) {
				violations.add(Violation.of(path, "nomination.rule.resume-period", line));
				return;
			}
			if (ongoing && line != filled.size()) {
				violations.add(Violation.of(path, "nomination.rule.resume-ongoing-last", line));
				return;
			}
			if (to.isPresent() && to.get().isBefore(from.get())) {
				violations.add(Violation.of(path, "nomination.rule.resume-ends-before-start", line));
				return;
			}
			if (previousEnd != null && !from.get().equals(previousEnd) && !from.get().equals(previousEnd.plusMonths(1))) {
				violations.add(Violation.of(path, "nomination.rule.resume-gap", line - 1, line,
						previousEnd.toString(), from.get().toString()));
			}
			previousEnd = to.orElse(null);
		}
	}

	static Optional<YearMonth> yearMonth(String value) {
		var matcher = YEAR_MONTH.matcher(value == null ? "" : value.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}

	/** A resident ID: 18 characters, a real birth date and the ISO 7064 MOD 11-2 check digit. */
	static boolean isIdNumber(String value) {
		String id = value.toUpperCase();
		if (!ID_NUMBER.matcher(id).matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK_DIGITS.charAt(sum % 11) == id.charAt(17);
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static List<List<String>> filled(List<List<String>> rows) {
		return rows.stream().filter(row -> row.stream().anyMatch(cell -> cell != null && !cell.isBlank())).toList();
	}

	private static String cell(List<String> row, int index) {
		return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
	}

}
