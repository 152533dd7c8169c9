package cn.laurel.award.web;

import java.util.List;
import java.util.Optional;

import cn.laurel.award.CeremonyBroadcast;
import cn.laurel.award.HonourRoll;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.Campaigns;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The honour roll for everyone, without signing in: while it is shown, the honourees by category with photo, unit
 * and deed summary, each with a page of their whole deeds, and the 发布仪式's live stream where one is set;
 * afterwards, and for any campaign without a decision, 404 — as is every photo that is not an honouree's on a roll
 * being shown.
 */
@Controller
class PublicHonourPages {

	private final HonourRoll roll;

	private final Campaigns campaigns;

	private final List<CeremonyBroadcast> broadcasts;

	PublicHonourPages(HonourRoll roll, Campaigns campaigns, List<CeremonyBroadcast> broadcasts) {
		this.roll = roll;
		this.campaigns = campaigns;
		this.broadcasts = broadcasts;
	}

	@GetMapping("/public/honours/{campaignId}")
	String page(@PathVariable long campaignId, Model model) {
		HonourRoll.Roll shown = this.roll.published(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
		model.addAttribute("campaign", campaign);
		model.addAttribute("roll", shown);
		model.addAttribute("liveStreams", this.broadcasts.stream()
			.map(broadcast -> broadcast.of(campaignId))
			.flatMap(Optional::stream)
			.toList());
		return "award/public-roll";
	}

	@GetMapping("/public/honours/{campaignId}/{nominationId}")
	String honouree(@PathVariable long campaignId, @PathVariable long nominationId, Model model) {
		HonourRoll.Deeds deeds = this.roll.deeds(campaignId, nominationId)
			.orElseThrow(() -> new CampaignNotFound(campaignId));
		model.addAttribute("campaign",
				this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId)));
		model.addAttribute("deeds", deeds);
		return "award/public-honouree";
	}

	@GetMapping("/public/honours/{campaignId}/photos/{nominationId}")
	ResponseEntity<byte[]> photo(@PathVariable long campaignId, @PathVariable long nominationId) {
		return this.roll.photo(campaignId, nominationId)
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.noCache())
				.body(bytes))
			.orElseThrow(() -> new CampaignNotFound(campaignId));
	}

}
