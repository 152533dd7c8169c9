package cn.laurel.voting;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignEvents;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.PhaseWindow;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Campaigns as voting sees them, read through the campaign module's repositories and kept for two
 * seconds, so that the vote path reads no campaign tables and a rule change reaches every node quickly.
 * A campaign is public once it is past preparation and either schedules a VOTING phase or has rules.
 */
@Component
public class VotingCampaigns {

	private static final Duration FRESHNESS = Duration.ofSeconds(2);

	private final Campaigns campaigns;

	private final Categories categories;

	private final VoteRuleStore rules;

	private final Clock clock;

	private final LoadingCache<Long, Optional<VotingCampaign>> cache;

	VotingCampaigns(Campaigns campaigns, Categories categories, VoteRuleStore rules, Clock clock) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.rules = rules;
		this.clock = clock;
		// reloaded in the background once stale, so that votes never wait for the campaign tables
		this.cache = Caffeine.newBuilder()
			.maximumSize(1_000)
			.refreshAfterWrite(FRESHNESS)
			.expireAfterWrite(FRESHNESS.multipliedBy(2))
			.build(this::load);
	}

	/** The campaign if the public may see it. */
	public Optional<VotingCampaign> find(long campaignId) {
		return this.cache.get(campaignId).filter(this::isPublic);
	}

	/** The campaign for its organiser, public or not yet. */
	Optional<VotingCampaign> forOrganiser(long campaignId) {
		return this.cache.get(campaignId);
	}

	/** Forgets what this node holds of the campaign, after its rules changed here. */
	void refresh(long campaignId) {
		this.cache.invalidate(campaignId);
	}

	/** Votes stop on this node the moment the campaign leaves its voting stage here (other nodes within seconds). */
	// after completion, not after commit: an after-commit listener is tracked in the event publication registry on
	// the publishing thread, which still holds its connection; forgetting after a rollback costs one reload
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	void phaseAdvanced(CampaignEvents.PhaseAdvanced advanced) {
		refresh(advanced.campaignId());
	}

	private boolean isPublic(VotingCampaign campaign) {
		return campaign.phase() != CampaignPhase.PREPARATION
				&& (campaign.rulesSaved() || campaign.rules().opensAt() != null);
	}

	private Optional<VotingCampaign> load(Long campaignId) {
		return this.campaigns.findById(campaignId).map(this::votingCampaign);
	}

	/** The campaign's rules as they stand in the database, the window defaulting to the VOTING phase's days. */
	VoteRules rulesOf(Campaign campaign) {
		return rulesOf(campaign, this.rules.find(campaign.getId()));
	}

	private VoteRules rulesOf(Campaign campaign, Optional<VoteRules> saved) {
		Optional<PhaseWindow> window = campaign.window(CampaignPhase.VOTING);
		return saved.orElseGet(VoteRules::defaults)
			.withWindowDefaults(window.map(PhaseWindow::startsOn), window.map(PhaseWindow::endsOn),
					this.clock.getZone());
	}

	private VotingCampaign votingCampaign(Campaign campaign) {
		Optional<VoteRules> saved = this.rules.find(campaign.getId());
		VoteRules rules = rulesOf(campaign, saved);
		return new VotingCampaign(campaign.getId(), campaign.getTitle(), campaign.getEdition(), campaign.getHosts(),
				campaign.getPhase(),
				this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId())
					.stream()
					.map(category -> new VotingCampaign.PublicCategory(category.getId(), category.getName(),
							category.getSortOrder()))
					.toList(),
				rules, saved.isPresent());
	}

}
