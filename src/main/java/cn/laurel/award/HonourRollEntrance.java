package cn.laurel.award;

import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.PublicEntrance;

import org.springframework.stereotype.Component;

/** The honour roll on the public home page while it is shown. */
@Component
class HonourRollEntrance implements PublicEntrance {

	private final HonourRoll roll;

	HonourRollEntrance(HonourRoll roll) {
		this.roll = roll;
	}

	@Override
	public Optional<Link> of(Campaign campaign) {
		if (!CampaignAction.SHOW_HONOURS.allowedIn(campaign.getPhase())) {
			return Optional.empty();
		}
		return this.roll.published(campaign.getId())
			.map(shown -> new Link(30, "award.roll.entrance", "/public/honours/" + campaign.getId(), null));
	}

}
