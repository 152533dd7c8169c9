package cn.laurel.event;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seed plans' events as templates: planning from one runs {@link EventPlanning#plan}, checked and audited. */
@Service
public class EventTemplates {

	private final Map<String, EventTemplate> templates = new LinkedHashMap<>();

	private final EventPlanning planning;

	private final Campaigns campaigns;

	EventTemplates(JsonMapper json, EventPlanning planning, Campaigns campaigns) throws IOException {
		this.planning = planning;
		this.campaigns = campaigns;
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:event/templates/*.json");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				EventTemplate template = json.readValue(in, EventTemplate.class);
				this.templates.put(template.key(), template);
			}
		}
	}

	public List<EventTemplate> all() {
		return List.copyOf(this.templates.values());
	}

	public Optional<EventTemplate> find(String key) {
		return Optional.ofNullable(key).map(this.templates::get);
	}

	/**
	 * A new event of the office as the template plans it, held on {@code heldOn}; a ceremony belongs to
	 * {@code campaignId}, one of the office's campaigns.
	 */
	@Transactional
	@PreAuthorize("@eventAccess.canOrganiseFor(#organiserUnitId)")
	public Event create(Long organiserUnitId, String key, LocalDate heldOn, Long campaignId) {
		EventTemplate template = find(key).orElseThrow(() -> EventRefused.at("template", "event.template.unknown"));
		if (heldOn == null) {
			throw EventRefused.at("heldOn", "event.details.date-required");
		}
		Long campaign = template.isCeremony() ? campaignId : null;
		String campaignTitle = campaign == null ? null
				: this.campaigns.findById(campaign).map(Campaign::getTitle).orElse(null);
		return this.planning.plan(organiserUnitId, campaign, template.planFor(heldOn, campaignTitle));
	}

}
