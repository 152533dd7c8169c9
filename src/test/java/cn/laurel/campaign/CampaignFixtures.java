package cn.laurel.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Campaigns and categories in a given state for other modules' plain unit tests, built through
 * the campaign's own verbs so every configuration rule still applies.
 */
public final class CampaignFixtures {

	private CampaignFixtures() {
	}

	/** A campaign with id {@code id} in {@code phase}, nominating from {@code opens} to {@code closes}. */
	public static Campaign campaign(long id, long organiserUnitId, CampaignPhase phase, LocalDate opens,
			LocalDate closes, List<NominationLimit> limits, List<Long> categoryIds, List<EndorsementStep> chain) {
		Campaign campaign = new Campaign(organiserUnitId,
				new Campaign.Basics("评选活动", null, null, List.of(), null, 5), Instant.parse("2021-09-01T00:00:00Z"));
		campaign.schedule(List.of(new PhaseWindow(CampaignPhase.NOMINATION, opens, closes),
				new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, closes.plusDays(1), closes.plusDays(20)),
				new PhaseWindow(CampaignPhase.DECISION, closes.plusDays(21), closes.plusDays(30)),
				new PhaseWindow(CampaignPhase.ANNOUNCEMENT, closes.plusDays(31), closes.plusDays(40))));
		campaign.limitNominations(limits, categoryIds);
		campaign.defineEndorsementChains(chain, categoryIds);
		ReflectionTestUtils.setField(campaign, "id", id);
		ReflectionTestUtils.setField(campaign, "phase", phase);
		return campaign;
	}

	/** A category with id {@code id} of campaign {@code campaignId}. */
	public static Category category(long id, long campaignId, Category.Settings settings,
			List<EligibilityRule> rules) {
		Category category = new Category(campaignId, settings);
		category.setEligibilityRules(rules, LocalDate.of(2030, 1, 1));
		ReflectionTestUtils.setField(category, "id", id);
		return category;
	}

}
