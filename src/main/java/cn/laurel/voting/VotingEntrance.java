package cn.laurel.voting;

import java.time.Clock;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.PublicEntrance;

import org.springframework.stereotype.Component;

/** The voting pages on the public home page, once the public may see them. */
@Component
class VotingEntrance implements PublicEntrance {

	private final VotingCampaigns campaigns;

	private final Clock clock;

	VotingEntrance(VotingCampaigns campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@Override
	public Optional<Link> of(Campaign campaign) {
		return this.campaigns.find(campaign.getId()).map(voting -> {
			var now = this.clock.instant();
			String state = voting.isOpen(now) ? "voting.public.open"
					: voting.hasNotOpened(now) ? "voting.public.entrance.upcoming" : "voting.public.entrance.over";
			return new Link(10, "voting.public.entrance", "/public/vote/" + campaign.getId(), state);
		});
	}

}
