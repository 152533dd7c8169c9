package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;

/** The units ticked as the nominating scope. */
class ScopeForm {

	private List<Long> unitIds = new ArrayList<>();

	static ScopeForm of(Campaign campaign) {
		ScopeForm form = new ScopeForm();
		form.unitIds = new ArrayList<>(campaign.getScopeUnitIds());
		return form;
	}

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
	}

}
