package cn.laurel.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a citizen who opens the site rather than a shared link finds each campaign's public pages: voting,
 * 公示 and the honour roll, as the modules offer them ({@link PublicEntrance}). Campaigns with none are left out.
 */
@Controller
class PublicHomePage {

	private final Campaigns campaigns;

	private final List<PublicEntrance> entrances;

	PublicHomePage(Campaigns campaigns, List<PublicEntrance> entrances) {
		this.campaigns = campaigns;
		this.entrances = entrances;
	}

	/** A campaign and its public pages in order. */
	record Entry(Campaign campaign, List<PublicEntrance.Link> links) {
	}

	@GetMapping("/public")
	String home(Model model) {
		model.addAttribute("entries", this.campaigns.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter(campaign -> campaign.getPhase() != CampaignPhase.PREPARATION)
			.map(campaign -> new Entry(campaign, this.entrances.stream()
				.map(entrance -> entrance.of(campaign))
				.flatMap(Optional::stream)
				.sorted(Comparator.comparingInt(PublicEntrance.Link::order))
				.toList()))
			.filter(entry -> !entry.links().isEmpty())
			.toList());
		return "campaign/public-home";
	}

}
