package cn.laurel.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The parts of a form version the organiser may adjust: the title, each field's label, whether
 * it is required, its character limits and choices (one per line), the photo counts and the
 * sealed scan. Keys, types, table columns and the personal-data flag stay as in the version the
 * page was opened on ({@code baseVersion}), so answers keep their meaning across versions.
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

	FormDefinition asDomain(FormDefinition base) {
		List<FormDefinition.Field> revised = new ArrayList<>();
		for (int i = 0; i < base.fields().size(); i++) {
			FormDefinition.Field field = base.fields().get(i);
			revised.add(i < this.fields.size() ? this.fields.get(i).revise(field) : field);
		}
		String title = StringUtils.hasText(this.title) ? this.title.trim() : null;
		return new FormDefinition(base.templateKey(), title, revised,
				new FormDefinition.Photos(this.photos.min == null ? 0 : this.photos.min,
						this.photos.max == null ? 0 : this.photos.max, base.photos().portrait()),
				this.sealedScanRequired);
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

	static class FieldRow {

		private String label;

		private boolean required;

		private Integer maxChars;

		private Integer targetChars;

		private String choices;

		/** Choices are only edited for choice fields; other types keep theirs (none). */
		FormDefinition.Field revise(FormDefinition.Field field) {
			List<String> choices = field.type() != FormDefinition.FieldType.CHOICE ? field.choices()
					: Arrays.stream(this.choices == null ? new String[0] : this.choices.split("\\R"))
						.map(String::trim)
						.filter(choice -> !choice.isEmpty())
						.toList();
			return new FormDefinition.Field(field.key(), StringUtils.hasText(this.label) ? this.label.trim() : null,
					field.type(), this.required, this.maxChars, this.targetChars, choices, field.columns(),
					field.personal(), field.hint());
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
