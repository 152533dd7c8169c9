package cn.laurel.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typed nomination form: its fields in order, the photos it asks for and whether a signed and
 * sealed scan must be attached. Categories keep every version they ever had, so answers are
 * always validated against the version the clerk saw.
 *
 * @param templateKey the built-in template it derives from, e.g. {@code seed000-person}
 * @param title the form's title as printed, e.g. “最美综合执法人”申报表
 * @param print how the Word form lays the fields out as the seed's attachment does; built-in forms only
 */
public record FormDefinition(String templateKey, String title, List<Field> fields, Photos photos,
		boolean sealedScanRequired, Print print) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");

	public FormDefinition {
		fields = fields == null ? List.of() : List.copyOf(fields);
		photos = photos == null ? new Photos(0, 0, false) : photos;
		print = print == null ? Print.NONE : print;
	}

	/** A form printed in its fields' order, two short answers to a row. */
	public FormDefinition(String templateKey, String title, List<Field> fields, Photos photos,
			boolean sealedScanRequired) {
		this(templateKey, title, fields, photos, sealedScanRequired, null);
	}

	/** What a field holds; decides the input shown and the check applied to the answer. */
	public enum FieldType {

		/** One line of text. */
		TEXT,
		/** Several lines, usually with a character limit (主要事迹 200/300/500, 典型事迹材料 1000). */
		TEXTAREA,
		/** Year and month written YYYY.MM (出生年月, 参加工作时间). */
		YEAR_MONTH,
		/** A calendar date. */
		DATE,
		/** One of {@code choices} (性别, 政治面貌, 组织类别). */
		CHOICE,
		/** A mainland phone number. */
		PHONE,
		/** A resident ID number (身份证号), checked digit included. */
		ID_NUMBER,
		/** An e-mail address. */
		EMAIL,
		/** A six-digit postcode. */
		POSTCODE,
		/** Rows with {@code columns}, in order of importance (seed 000 附件3 team members). */
		TABLE,
		/** 个人简历: periods from YYYY.MM to YYYY.MM that must follow each other without gaps. */
		RESUME;

		public String messageKey() {
			return "field-type." + name();
		}

	}

	/**
	 * One field.
	 *
	 * @param maxChars the most characters the answer may have, counted as the seeds count them
	 * (every character but whitespace), or {@code null}
	 * @param targetChars a length the plan asks for “about” (200字左右), shown as guidance
	 * @param personal whether the answer is personal data: encrypted at rest, masked, never public
	 */
	public record Field(String key, String label, FieldType type, boolean required, Integer maxChars,
			Integer targetChars, List<String> choices, List<String> columns, boolean personal, String hint) {

		public Field {
			choices = choices == null ? List.of() : List.copyOf(choices);
			columns = columns == null ? List.of() : List.copyOf(columns);
		}

	}

	/**
	 * The photos a nomination carries.
	 *
	 * @param portrait a 2-inch blue-background portrait (seed 003) instead of deed photos
	 */
	public record Photos(int min, int max, boolean portrait) {
	}

	/**
	 * How the printed form follows the seed's attachment table. Everything is optional: a form without it prints
	 * its fields in order, short answers two to a row, then one opinion row per chain step.
	 *
	 * @param heading a line above the title (seed 000 附件2: the bureau's name)
	 * @param photoCell the label of the photo cell top right beside the first rows (seed 000: 照片), printed blank
	 * until a photo is attached
	 * @param rows the fields row by row (one or two keys a row) in the attachment's order; fields not listed
	 * follow in the form's order
	 * @param groups fields printed under one label spanning their rows (seed 003: 项目联络员及联系方式)
	 * @param sideBySide chain steps whose opinion cells share one row (seed 000: 部门负责人意见 and 镇街意见)
	 * @param approvals opinion rows after the chain's, given on paper by a body that signs nothing in Laurel (seed
	 * 002: the 省应急管理厅's 审批意见), printed blank with a seal marker
	 * @param closing fields printed after the opinions (备注)
	 * @param cover the cover page printed before the table (seed 003), or {@code null}
	 * @param consultation the 征求意见表 a chain step that requires consultation collects (seed 002 附件4), or
	 * {@code null}
	 */
	public record Print(String heading, String photoCell, List<List<String>> rows, List<Group> groups,
			List<String> sideBySide, List<String> approvals, List<String> closing, Cover cover,
			Consultation consultation) {

		public static final Print NONE = new Print(null, null, null, null, null, null, null, null, null);

		public Print {
			rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
			groups = groups == null ? List.of() : List.copyOf(groups);
			sideBySide = sideBySide == null ? List.of() : List.copyOf(sideBySide);
			approvals = approvals == null ? List.of() : List.copyOf(approvals);
			closing = closing == null ? List.of() : List.copyOf(closing);
		}

		/** The group the field of {@code key} is printed in, if any. */
		public Optional<Group> groupOf(String key) {
			return this.groups.stream().filter(group -> group.labels().containsKey(key)).findFirst();
		}

	}

	/**
	 * Fields printed under one label that spans their rows, as the attachment groups them.
	 *
	 * @param labels the group's fields by key, each with the label printed within the group (姓名 where the form
	 * asks 项目联络员姓名)
	 */
	public record Group(String label, Map<String, String> labels) {

		public Group {
			labels = labels == null ? Map.of() : Map.copyOf(labels);
		}

	}

	/**
	 * Seed 003's cover page: the title, the nominee's line (实事项目名称 / 候选组织名称 / 候选人姓名), the
	 * nominating unit's seal and the date, then the 填表说明.
	 */
	public record Cover(String title, String nameLabel, List<String> notes) {

		public Cover {
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

	}

	/**
	 * A 征求意见表 (seed 002 附件4): the nominee's answers it repeats and the departments whose opinions it collects.
	 *
	 * @param fields the keys of the answers printed on it, in order
	 * @param opinions the departments' opinion rows, each signed and sealed on paper
	 */
	public record Consultation(String title, List<String> fields, List<String> opinions) {

		public Consultation {
			fields = fields == null ? List.of() : List.copyOf(fields);
			opinions = opinions == null ? List.of() : List.copyOf(opinions);
		}

	}

	/** Characters as the seeds count them (字数): every code point except whitespace. */
	public static int countCharacters(String text) {
		if (text == null) {
			return 0;
		}
		return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
	}

	/** Whether the form has a field of this key. */
	public boolean asks(String key) {
		return this.fields.stream().anyMatch(field -> field.key().equals(key));
	}

	/** Whether the form asks if the nominee is of the kind a share cap counts (seed 004: 是否支部书记). */
	public boolean asksShareCap() {
		return asks(ShareCap.FIELD);
	}

	public Field field(String key) {
		return this.fields.stream().filter(field -> field.key().equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No field " + key));
	}

	List<Violation> check() {
		List<Violation> violations = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			violations.add(Violation.of("form.title", "campaign.rule.form-title-required"));
		}
		if (this.fields.isEmpty()) {
			violations.add(Violation.of("form.fields", "campaign.rule.form-needs-fields"));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < this.fields.size(); i++) {
			Field field = this.fields.get(i);
			String path = "form.fields[" + i + "]";
			if (field.key() == null || !KEY.matcher(field.key()).matches()) {
				violations.add(Violation.of(path, "campaign.rule.form-field-key", i + 1));
			}
			else if (!keys.add(field.key())) {
				violations.add(Violation.of(path, "campaign.rule.form-field-key-twice", i + 1, field.key()));
			}
			if (field.label() == null || field.label().isBlank() || field.type() == null) {
				violations.add(Violation.of(path, "campaign.rule.form-field-incomplete", i + 1));
				continue;
			}
			if (field.maxChars() != null && field.maxChars() < 1) {
				violations.add(Violation.of(path, "campaign.rule.form-word-limit-positive", field.label()));
			}
			if (field.targetChars() != null && field.maxChars() != null && field.targetChars() > field.maxChars()) {
				violations.add(Violation.of(path, "campaign.rule.form-target-above-limit", field.label()));
			}
			if (field.type() == FieldType.CHOICE && field.choices().size() < 2) {
				violations.add(Violation.of(path, "campaign.rule.form-choices-needed", field.label()));
			}
			if (field.type() == FieldType.TABLE && field.columns().isEmpty()) {
				violations.add(Violation.of(path, "campaign.rule.form-columns-needed", field.label()));
			}
		}
		if (this.photos.min() < 0 || this.photos.max() < this.photos.min() || this.photos.max() > 9) {
			violations.add(Violation.of("form.photos", "campaign.rule.form-photo-count"));
		}
		return violations;
	}

}
