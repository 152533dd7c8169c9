package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.org.UnitType;

/**
 * How many nominations units of a type may submit, across the campaign or per category, counting the unit's own
 * or also those of the units below it.
 */
class NominationLimitsForm {

	private List<Row> nominationLimits = new ArrayList<>();

	static NominationLimitsForm of(Campaign campaign) {
		NominationLimitsForm form = new NominationLimitsForm();
		for (NominationLimit limit : campaign.getNominationLimits()) {
			Row row = new Row();
			row.unitType = limit.unitType();
			row.categoryId = limit.categoryId();
			row.minCount = limit.minCount();
			row.maxCount = limit.maxCount();
			row.reach = limit.reach();
			form.nominationLimits.add(row);
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.nominationLimits);
	}

	List<NominationLimit> asDomain() {
		return this.nominationLimits.stream()
			.map(row -> new NominationLimit(row.unitType, row.categoryId, row.minCount == null ? 0 : row.minCount,
					row.maxCount == null ? 0 : row.maxCount, row.reach))
			.toList();
	}

	public List<Row> getNominationLimits() {
		return this.nominationLimits;
	}

	public void setNominationLimits(List<Row> nominationLimits) {
		this.nominationLimits = nominationLimits;
	}

	static class Row extends EditableRow {

		private UnitType unitType;

		/** {@code null}: the limit counts the nominations of all categories together. */
		private Long categoryId;

		private Integer minCount;

		private Integer maxCount;

		/** {@code null}: the unit's own nominations alone. */
		private NominationLimit.Reach reach;

		@Override
		boolean isBlank() {
			return this.unitType == null && this.categoryId == null && this.minCount == null && this.maxCount == null;
		}

		public UnitType getUnitType() {
			return this.unitType;
		}

		public void setUnitType(UnitType unitType) {
			this.unitType = unitType;
		}

		public Long getCategoryId() {
			return this.categoryId;
		}

		public void setCategoryId(Long categoryId) {
			this.categoryId = categoryId;
		}

		public Integer getMinCount() {
			return this.minCount;
		}

		public void setMinCount(Integer minCount) {
			this.minCount = minCount;
		}

		public Integer getMaxCount() {
			return this.maxCount;
		}

		public void setMaxCount(Integer maxCount) {
			this.maxCount = maxCount;
		}

		public NominationLimit.Reach getReach() {
			return this.reach;
		}

		public void setReach(NominationLimit.Reach reach) {
			this.reach = reach;
		}

	}

}
