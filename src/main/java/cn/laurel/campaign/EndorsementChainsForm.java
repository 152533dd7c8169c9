package cn.laurel.campaign;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

/** The endorsement chains of all unit types as one list of steps. */
class EndorsementChainsForm {

	private List<Row> endorsementSteps = new ArrayList<>();

	static EndorsementChainsForm of(Campaign campaign) {
		EndorsementChainsForm form = new EndorsementChainsForm();
		for (EndorsementStep step : campaign.getEndorsementSteps()) {
			Row row = new Row();
			row.unitType = step.unitType();
			row.stepOrder = step.stepOrder();
			row.capacity = step.capacity();
			row.endorserUnit = step.endorserUnit();
			row.sealRequired = step.sealRequired();
			form.endorsementSteps.add(row);
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.endorsementSteps);
	}

	List<EndorsementStep> asDomain() {
		return this.endorsementSteps.stream()
			.map(row -> new EndorsementStep(row.unitType, row.stepOrder == null ? 0 : row.stepOrder, row.capacity,
					row.endorserUnit, row.sealRequired))
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

		private Integer stepOrder;

		private Capacity capacity;

		private EndorsementStep.EndorserUnit endorserUnit;

		private boolean sealRequired;

		@Override
		boolean isBlank() {
			return this.unitType == null && this.stepOrder == null && this.capacity == null
					&& this.endorserUnit == null && !this.sealRequired;
		}

		public UnitType getUnitType() {
			return this.unitType;
		}

		public void setUnitType(UnitType unitType) {
			this.unitType = unitType;
		}

		public Integer getStepOrder() {
			return this.stepOrder;
		}

		public void setStepOrder(Integer stepOrder) {
			this.stepOrder = stepOrder;
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

		public boolean isSealRequired() {
			return this.sealRequired;
		}

		public void setSealRequired(boolean sealRequired) {
			this.sealRequired = sealRequired;
		}

	}

}
