package cn.laurel.nomination.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition.FieldType;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.UnitPublicity;

import org.springframework.util.MultiValueMap;

/**
 * Reads the edit page into a {@link Drafting.Revision}. Inputs are named after the
 * paths refusals carry ({@code answers.deeds}), so each refusal finds its field. A table cell is
 * named {@code answers.<key>.<column>} and repeats once per row, in row order, so the browser can
 * add, remove and reorder rows without renumbering anything.
 */
final class RevisionForm {

	/** 个人简历 columns: from, to (or 至今), unit and post. */
	static final int RESUME_COLUMNS = 3;

	private RevisionForm() {
	}

	static Drafting.Revision read(FormDefinition form, Category category,
			MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, List<List<String>>> tables = new LinkedHashMap<>();
		for (Field field : form.fields()) {
			String name = "answers." + field.key();
			if (hasRows(field)) {
				tables.put(field.key(), rows(params, name, columns(field)));
			}
			else {
				values.put(field.key(), params.getFirst(name));
			}
		}
		return new Drafting.Revision(new Answers(values, tables), params.getFirst("segment"),
				"true".equals(params.getFirst("shareCapped")), declarations(form, category, params),
				unitPublicity(params));
	}

	/** The unit's own 公示: its start ({@code yyyy-MM-dd}, as a date input sends it) and where it was published. */
	private static UnitPublicity unitPublicity(MultiValueMap<String, String> params) {
		String startsOn = params.getFirst("unitPublicity.startsOn");
		LocalDate start = null;
		if (startsOn != null && !startsOn.isBlank()) {
			try {
				start = LocalDate.parse(startsOn.strip());
			}
			catch (DateTimeParseException ex) {
				// not a date: left out, so submission asks for it
			}
		}
		return new UnitPublicity(start, params.getFirst("unitPublicity.publishedAt"));
	}

	static boolean hasRows(Field field) {
		return field.type() == FieldType.TABLE || field.type() == FieldType.RESUME;
	}

	static int columns(Field field) {
		return field.type() == FieldType.RESUME ? RESUME_COLUMNS : field.columns().size();
	}

	/** Rows with at least one cell filled; rows the clerk left empty are dropped. */
	private static List<List<String>> rows(MultiValueMap<String, String> params, String name, int columns) {
		List<List<String>> cells = new ArrayList<>();
		int count = 0;
		for (int column = 0; column < columns; column++) {
			List<String> typed = params.getOrDefault(name + "." + column, List.of());
			cells.add(typed);
			count = Math.max(count, typed.size());
		}
		List<List<String>> rows = new ArrayList<>();
		for (int row = 0; row < count; row++) {
			List<String> line = new ArrayList<>();
			for (List<String> column : cells) {
				line.add(row < column.size() && column.get(row) != null ? column.get(row).strip() : "");
			}
			if (line.stream().anyMatch(cell -> !cell.isEmpty())) {
				rows.add(List.copyOf(line));
			}
		}
		return rows;
	}

	/**
	 * One declaration per eligibility rule the clerk answered. The party-work rule is judged from
	 * the month given, so it is always declared; the others only once 符合 or 不符合 is picked.
	 */
	private static List<Declaration> declarations(FormDefinition form, Category category,
			MultiValueMap<String, String> params) {
		List<Declaration> declarations = new ArrayList<>();
		for (EligibilityRule rule : category.getEligibilityRules()) {
			if (rule.answeredBy(form)) {
				continue;
			}
			String prefix = "declarations." + rule.type().name();
			if (rule.type() == EligibilityRule.Type.MIN_PARTY_WORK_YEARS) {
				String since = params.getFirst(prefix + ".since");
				declarations.add(new Declaration(rule.type(), false, since == null ? "" : since.strip()));
				continue;
			}
			String meets = params.getFirst(prefix + ".meets");
			if (meets != null && !meets.isBlank()) {
				declarations.add(new Declaration(rule.type(), Boolean.parseBoolean(meets), null));
			}
		}
		return declarations;
	}

}
