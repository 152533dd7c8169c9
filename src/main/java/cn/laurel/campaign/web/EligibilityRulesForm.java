package cn.laurel.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

/**
 * A category's eligibility rules as rows. Parameters the chosen type does not take are dropped,
 * so a value left in a hidden input after changing the type is never saved.
 */
class EligibilityRulesForm {

	private List<Row> eligibilityRules = new ArrayList<>();

	static EligibilityRulesForm of(Category category) {
		EligibilityRulesForm form = new EligibilityRulesForm();
		for (EligibilityRule rule : category.getEligibilityRules()) {
			Row row = new Row();
			row.type = rule.type();
			row.mode = rule.mode();
			row.sinceDate = rule.sinceDate();
			row.years = rule.years();
			row.titles = rule.titles();
			row.year = rule.year();
			form.eligibilityRules.add(row);
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.eligibilityRules);
	}

	List<EligibilityRule> asDomain() {
		return this.eligibilityRules.stream().map(Row::asDomain).toList();
	}

	public List<Row> getEligibilityRules() {
		return this.eligibilityRules;
	}

	public void setEligibilityRules(List<Row> eligibilityRules) {
		this.eligibilityRules = eligibilityRules;
	}

	static class Row extends EditableRow {

		private EligibilityRule.Type type;

		private EligibilityRule.Mode mode;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate sinceDate;

		private Integer years;

		private String titles;

		private Integer year;

		EligibilityRule asDomain() {
			if (this.type == null) {
				return new EligibilityRule(null, this.mode, null, null, null);
			}
			return new EligibilityRule(this.type, this.mode, this.type.needsSince() ? this.sinceDate : null,
					this.type.needsYears() ? this.years : null,
					this.type.needsTitles() && StringUtils.hasText(this.titles) ? this.titles.strip() : null,
					this.type.needsYear() ? this.year : null);
		}

		@Override
		boolean isBlank() {
			return this.type == null && this.mode == null && this.sinceDate == null && this.years == null
					&& this.year == null && !StringUtils.hasText(this.titles);
		}

		public EligibilityRule.Type getType() {
			return this.type;
		}

		public void setType(EligibilityRule.Type type) {
			this.type = type;
		}

		public EligibilityRule.Mode getMode() {
			return this.mode;
		}

		public void setMode(EligibilityRule.Mode mode) {
			this.mode = mode;
		}

		public LocalDate getSinceDate() {
			return this.sinceDate;
		}

		public void setSinceDate(LocalDate sinceDate) {
			this.sinceDate = sinceDate;
		}

		public Integer getYears() {
			return this.years;
		}

		public void setYears(Integer years) {
			this.years = years;
		}

		public String getTitles() {
			return this.titles;
		}

		public void setTitles(String titles) {
			this.titles = titles;
		}

		public Integer getYear() {
			return this.year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

	}

}
