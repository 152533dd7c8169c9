package cn.laurel.publicity;

import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.PublicEntrance;

import org.springframework.stereotype.Component;

/** The 公示 page on the public home page, once a round is published. */
@Component
class PublicityEntrance implements PublicEntrance {

	private final PublicityViews views;

	PublicityEntrance(PublicityViews views) {
		this.views = views;
	}

	@Override
	public Optional<Link> of(Campaign campaign) {
		List<PublicityViews.RoundView> rounds = this.views.published(campaign.getId());
		if (rounds.isEmpty()) {
			return Optional.empty();
		}
		String state = rounds.stream().anyMatch(PublicityViews.RoundView::open) ? "publicity.public.entrance.open"
				: "publicity.public.entrance.over";
		return Optional.of(new Link(20, "publicity.public.entrance", "/public/publicity/" + campaign.getId(), state));
	}

}
