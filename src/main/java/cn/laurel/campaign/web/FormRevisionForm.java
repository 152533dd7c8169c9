package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormVersion;

import org.springframework.util.StringUtils;

/**
 * A form version as the organiser revises it: the title, the fields, the photo counts and the
 * sealed scan. A field of the version the page was opened on ({@code baseVersion}) keeps its key,
 * type, table columns and personal-data flag, so answers keep their meaning across versions; its
 * label, whether it is required, its character limits and choices may change, and it may be
 * removed. A field added on the page names all of these itself.
 */
class FormRevisionForm {

	private int baseVersion;

	private String title;

	private List<FieldRow> fields = new ArrayList<>();

	private Photos photos = new Photos();

	private boolean sealedScanRequired;

	static FormRevisionForm of(FormVersion version) {
		FormDefinition definition = version.definition();
		FormRevisionForm form = new FormRevisionForm();
		form.baseVersion = version.version();
		form.title = definition.title();
		for (FormDefinition.Field field : definition.fields()) {
			FieldRow row = new FieldRow();
			row.key = field.key();
			row.label = field.label();
			row.required = field.required();
			row.maxChars = field.maxChars();
			row.targetChars = field.targetChars();
			row.choices = String.join("\n", field.choices());
			form.fields.add(row);
		}
		form.photos.min = definition.photos().min();
		form.photos.max = definition.photos().max();
		form.sealedScanRequired = definition.sealedScanRequired();
		return form;
	}

	/** Drops the fields ticked for removal and added rows left blank, before {@link #asDomain}. */
	void compact() {
		EditableRow.compact(this.fields);
	}

	/** The revised form, its fields in the order of the rows: the kept fields of {@code base}, then the added ones. */
	FormDefinition asDomain(FormDefinition base) {
		List<FormDefinition.Field> revised = this.fields.stream()
			.map(row -> row.added ? row.newField() : row.revise(base.field(row.key)))
			.toList();
		return new FormDefinition(base.templateKey(), trimToNull(this.title), revised,
				new FormDefinition.Photos(this.photos.min == null ? 0 : this.photos.min,
						this.photos.max == null ? 0 : this.photos.max, base.photos().portrait()),
				this.sealedScanRequired, base.print());
	}

	private static String trimToNull(String text) {
		return StringUtils.hasText(text) ? text.trim() : null;
	}

	/** One entry per line, trimmed, empty lines left out. */
	private static List<String> lines(String text) {
		return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
			.map(String::trim)
			.filter(line -> !line.isEmpty())
			.toList();
	}

	public int getBaseVersion() {
		return this.baseVersion;
	}

	public void setBaseVersion(int baseVersion) {
		this.baseVersion = baseVersion;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<FieldRow> getFields() {
		return this.fields;
	}

	public void setFields(List<FieldRow> fields) {
		this.fields = fields;
	}

	public Photos getPhotos() {
		return this.photos;
	}

	public void setPhotos(Photos photos) {
		this.photos = photos;
	}

	public boolean isSealedScanRequired() {
		return this.sealedScanRequired;
	}

	public void setSealedScanRequired(boolean sealedScanRequired) {
		this.sealedScanRequired = sealedScanRequired;
	}

	/**
	 * A field as a row of the page. A kept field is found in the base version by its key; an added
	 * one ({@code added}) brings its key, type, columns and personal-data flag with it.
	 */
	static class FieldRow extends EditableRow {

		private String key;

		private boolean added;

		private String label;

		private FormDefinition.FieldType type;

		private boolean required;

		private Integer maxChars;

		private Integer targetChars;

		private String choices;

		private String columns;

		private boolean personal;

		/** A kept field without its key is a gap in the posted indices; an added one is blank until anything is typed. */
		@Override
		boolean isBlank() {
			if (!this.added) {
				return this.key == null;
			}
			return !StringUtils.hasText(this.key) && !StringUtils.hasText(this.label) && this.type == null;
		}

		/** Choices are only edited for choice fields; other types keep theirs (none). */
		FormDefinition.Field revise(FormDefinition.Field field) {
			List<String> choices = field.type() == FormDefinition.FieldType.CHOICE ? lines(this.choices)
					: field.choices();
			return new FormDefinition.Field(field.key(), trimToNull(this.label), field.type(), this.required,
					this.maxChars, this.targetChars, choices, field.columns(), field.personal(), field.hint());
		}

		/** Choices count only for a choice field and columns only for a table, whatever else was typed. */
		FormDefinition.Field newField() {
			return new FormDefinition.Field(trimToNull(this.key), trimToNull(this.label), this.type, this.required,
					this.maxChars, this.targetChars,
					this.type == FormDefinition.FieldType.CHOICE ? lines(this.choices) : List.of(),
					this.type == FormDefinition.FieldType.TABLE ? lines(this.columns) : List.of(), this.personal, null);
		}

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public boolean isAdded() {
			return this.added;
		}

		public void setAdded(boolean added) {
			this.added = added;
		}

		public FormDefinition.FieldType getType() {
			return this.type;
		}

		public void setType(FormDefinition.FieldType type) {
			this.type = type;
		}

		public String getColumns() {
			return this.columns;
		}

		public void setColumns(String columns) {
			this.columns = columns;
		}

		public boolean isPersonal() {
			return this.personal;
		}

		public void setPersonal(boolean personal) {
			this.personal = personal;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public Integer getMaxChars() {
			return this.maxChars;
		}

		public void setMaxChars(Integer maxChars) {
			this.maxChars = maxChars;
		}

		public Integer getTargetChars() {
			return this.targetChars;
		}

		public void setTargetChars(Integer targetChars) {
			this.targetChars = targetChars;
		}

		public String getChoices() {
			return this.choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}

	}

	static class Photos {

		private Integer min;

		private Integer max;

		public Integer getMin() {
			return this.min;
		}

		public void setMin(Integer min) {
			this.min = min;
		}

		public Integer getMax() {
			return this.max;
		}

		public void setMax(Integer max) {
			this.max = max;
		}

	}

}
