package cn.laurel.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.TemplateContribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign made from a seed plan that ends in a 发布仪式 (seeds 000–002) is offered that ceremony from the matching
 * event template: the offer is noted as the campaign is made and stands until a ceremony of the campaign is planned,
 * so that the organiser plans it in one step. The campaign module knows nothing of events.
 */
@Service
public class CeremonyOffers implements TemplateContribution {

	private final Events events;

	private final EventTemplates templates;

	private final Campaigns campaigns;

	private final EventAccess access;

	CeremonyOffers(Events events, EventTemplates templates, Campaigns campaigns, EventAccess access) {
		this.events = events;
		this.templates = templates;
		this.campaigns = campaigns;
		this.access = access;
	}

	/**
	 * A ceremony to plan for {@code campaign} from {@code template}; {@code suggestedDay} is the first day of the
	 * campaign's 发布表彰 window, if it has one.
	 */
	public record Offer(Campaign campaign, EventTemplate template, LocalDate suggestedDay) {
	}

	@Override
	public void contribute(Campaign campaign, CampaignTemplate template) {
		this.templates.all()
			.stream()
			.filter(t -> t.isCeremony() && template.key().equals(t.campaignTemplate()))
			.findFirst()
			.ifPresent(t -> this.events.offerCeremony(campaign.getId(), t.key()));
	}

	/** The ceremonies still to plan for the campaigns of the current user's office (every office's for admins). */
	@Transactional(readOnly = true)
	public List<Offer> open() {
		Long office = this.access.officeOfCurrentUser();
		if (office != null && office < 0) {
			return List.of();
		}
		Map<Long, String> offers = this.events.openCeremonyOffers();
		return this.campaigns.findAllById(offers.keySet())
			.stream()
			.filter(c -> office == null || Objects.equals(office, c.getOrganiserUnitId()))
			.flatMap(c -> this.templates.find(offers.get(c.getId()))
				.map(t -> new Offer(c, t, c.window(CampaignPhase.ANNOUNCEMENT).map(PhaseWindow::startsOn).orElse(null)))
				.stream())
			.toList();
	}

	/** Plans the offered ceremony of {@code campaignId}, held on {@code heldOn}, as its template says. */
	@Transactional
	public Event accept(long campaignId, LocalDate heldOn) {
		String key = this.events.openCeremonyOffers().get(campaignId);
		Campaign campaign = this.campaigns.findById(campaignId)
			.filter(c -> key != null)
			.orElseThrow(() -> new EventNotFound("offer " + campaignId));
		return this.templates.create(campaign.getOrganiserUnitId(), key, heldOn, campaignId);
	}

}
