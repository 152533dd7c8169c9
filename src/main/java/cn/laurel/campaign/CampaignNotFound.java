package cn.laurel.campaign;

import cn.laurel.system.Refusal;

/** No such campaign or category, or none the current user may see; both answer 404 alike. */
public class CampaignNotFound extends Refusal {

	public CampaignNotFound(Object id) {
		super(Kind.NOT_FOUND, null, "campaign.api.not-found", id);
	}

}
