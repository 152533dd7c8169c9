package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

/** The endorsement chains of all unit types and categories as one list of named steps. */
class EndorsementChainsForm {

	private List<Row> endorsementSteps = new ArrayList<>();

	static EndorsementChainsForm of(Campaign campaign) {
		EndorsementChainsForm form = new EndorsementChainsForm();
		for (EndorsementStep step : campaign.getEndorsementSteps()) {
			Row row = new Row();
			row.unitType = step.unitType();
			row.categoryId = step.categoryId();
			row.stepOrder = step.stepOrder();
			row.title = step.title();
			row.capacity = step.capacity();
			row.endorserUnit = step.endorserUnit();
			row.parentLevel = step.parentLevel() == 0 ? null : step.parentLevel();
			row.sealRequired = step.sealRequired();
			row.veto = step.veto();
			row.consultationRequired = step.consultationRequired();
			form.endorsementSteps.add(row);
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.endorsementSteps);
	}

	List<EndorsementStep> asDomain() {
		return this.endorsementSteps.stream()
			.map(row -> new EndorsementStep(row.unitType, row.categoryId, row.stepOrder == null ? 0 : row.stepOrder,
					row.title, row.capacity, row.endorserUnit, row.parentLevel == null ? 0 : row.parentLevel,
					row.sealRequired, row.veto, row.consultationRequired))
			.toList();
	}

	public List<Row> getEndorsementSteps() {
		return this.endorsementSteps;
	}

	public void setEndorsementSteps(List<Row> endorsementSteps) {
		this.endorsementSteps = endorsementSteps;
	}

	static class Row extends EditableRow {

		private UnitType unitType;

		private Long categoryId;

		private Integer stepOrder;

		private String title;

		private Capacity capacity;

		private EndorsementStep.EndorserUnit endorserUnit;

		private Integer parentLevel;

		private boolean sealRequired;

		private boolean veto;

		private boolean consultationRequired;

		@Override
		boolean isBlank() {
			return this.unitType == null && this.categoryId == null && this.stepOrder == null
					&& (this.title == null || this.title.isBlank()) && this.capacity == null
					&& this.endorserUnit == null && this.parentLevel == null && !this.sealRequired && !this.veto
					&& !this.consultationRequired;
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

		public Integer getStepOrder() {
			return this.stepOrder;
		}

		public void setStepOrder(Integer stepOrder) {
			this.stepOrder = stepOrder;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Capacity getCapacity() {
			return this.capacity;
		}

		public void setCapacity(Capacity capacity) {
			this.capacity = capacity;
		}

		public EndorsementStep.EndorserUnit getEndorserUnit() {
			return this.endorserUnit;
		}

		public void setEndorserUnit(EndorsementStep.EndorserUnit endorserUnit) {
			this.endorserUnit = endorserUnit;
		}

		public Integer getParentLevel() {
			return this.parentLevel;
		}

		public void setParentLevel(Integer parentLevel) {
			this.parentLevel = parentLevel;
		}

		public boolean isSealRequired() {
			return this.sealRequired;
		}

		public void setSealRequired(boolean sealRequired) {
			this.sealRequired = sealRequired;
		}

		public boolean isVeto() {
			return this.veto;
		}

		public void setVeto(boolean veto) {
			this.veto = veto;
		}

		public boolean isConsultationRequired() {
			return this.consultationRequired;
		}

		public void setConsultationRequired(boolean consultationRequired) {
			this.consultationRequired = consultationRequired;
		}

	}

}
