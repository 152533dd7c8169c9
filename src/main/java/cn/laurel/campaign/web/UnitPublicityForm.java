package cn.laurel.campaign.web;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.UnitPublicityRule;

/** Whether nominating units run their own 公示 before recommending, and for how many working days. */
class UnitPublicityForm {

	private boolean required;

	private Integer workingDays;

	static UnitPublicityForm of(Campaign campaign) {
		UnitPublicityForm form = new UnitPublicityForm();
		form.required = campaign.getUnitPublicity().required();
		form.workingDays = form.required ? campaign.getUnitPublicity().workingDays() : null;
		return form;
	}

	UnitPublicityRule asDomain() {
		return new UnitPublicityRule(this.required, this.workingDays == null ? 0 : this.workingDays);
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public Integer getWorkingDays() {
		return this.workingDays;
	}

	public void setWorkingDays(Integer workingDays) {
		this.workingDays = workingDays;
	}

}
