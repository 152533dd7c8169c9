package cn.laurel.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five seed plans as campaign templates. Creating from one runs the same verbs the organiser's pages do, each
 * checked and audited, in one transaction, then what other modules set up from it ({@link TemplateContribution}); the
 * campaign stays in preparation for the organiser to adjust.
 */
@Service
public class CampaignTemplates {

	private final Map<String, CampaignTemplate> templates = new LinkedHashMap<>();

	private final CampaignSetup setup;

	private final Issuers issuers;

	private final List<TemplateContribution> contributions;

	CampaignTemplates(JsonMapper json, CampaignSetup setup, Issuers issuers, List<TemplateContribution> contributions)
			throws IOException {
		this.setup = setup;
		this.issuers = issuers;
		this.contributions = contributions;
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath:campaign/templates/*.json");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				CampaignTemplate template = json.readValue(in, CampaignTemplate.class);
				this.templates.put(template.key(), template);
			}
		}
	}

	public List<CampaignTemplate> all() {
		return List.copyOf(this.templates.values());
	}

	public Optional<CampaignTemplate> find(String key) {
		return Optional.ofNullable(key).map(this.templates::get);
	}

	/** A new campaign of {@code organiserUnitId} set up as the template says, its first day {@code startsOn}. */
	@Transactional
	public Campaign create(Long organiserUnitId, String key, LocalDate startsOn) {
		CampaignTemplate template = find(key).orElseThrow(
				() -> new CampaignRefused(List.of(Violation.of("template", "campaign.rule.template-unknown"))));
		Long id = this.setup.create(organiserUnitId, template.basicsFrom(startsOn)).getId();
		if (template.issuer() != null) {
			this.issuers.describe(id, template.issuer());
		}
		this.setup.appointLeadingGroup(id, template.leadingGroup());
		this.setup.schedule(id, template.schedule()
			.stream()
			.map(w -> new PhaseWindow(w.phase(), startsOn.plusDays(w.fromDay()), startsOn.plusDays(w.toDay())))
			.toList());
		this.setup.weighScoring(id, template.scoringWeights());
		Map<String, Long> categoryIds = new HashMap<>();
		for (CampaignTemplate.CategoryTemplate category : template.categories()) {
			Category saved = this.setup.addCategory(id, category.settings(), category.form());
			this.setup.setEligibilityRules(saved.getId(), category.eligibilityRules());
			categoryIds.put(saved.getName(), saved.getId());
		}
		this.setup.limitNominations(id, template.nominationLimits()
			.stream()
			.map(limit -> new NominationLimit(limit.unitType(),
					limit.category() == null ? null : categoryIds.get(limit.category()), limit.minCount(),
					limit.maxCount(), limit.reach()))
			.toList());
		this.setup.askForUnitPublicity(id, template.unitPublicity());
		Campaign campaign = this.setup.defineEndorsementChains(id,
				template.endorsementSteps().stream().map(step -> step.in(categoryIds)).toList());
		this.contributions.forEach(contribution -> contribution.contribute(campaign, template));
		return campaign;
	}

}
