package cn.laurel.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Violation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's verbs on a campaign's results: lock scoring (freezing the votes), reopen it for a
 * recorded reason, record the leading group's decision on a tie, and generate the shortlist.
 */
@Service
@Transactional
public class Shortlisting {

	private final Evaluations evaluations;

	private final ScoringRecords records;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Shortlisting(Evaluations evaluations, ScoringRecords records, Campaigns campaigns, ApplicationEventPublisher events,
			Clock clock) {
		this.evaluations = evaluations;
		this.records = records;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Locks scoring: judges can no longer change anything, nor can the panels, and the online votes are
	 * frozen as they are now. Only during 评审.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void lock(Long campaignId) {
		if (phase(campaignId) != CampaignPhase.EVALUATION) {
			throw ScoringRefused.of("phase", "scoring.rule.lock-outside-evaluation");
		}
		Map<Long, Long> votes = this.evaluations.liveVotes(campaignId);
		if (!this.records.lock(campaignId, votes, PanelSetup.actor(), this.clock.instant())) {
			throw ScoringRefused.of("lock", "scoring.rule.locked");
		}
		this.events.publishEvent(ScoringEvents.Changed.ofCampaign("scoring.locked", campaignId,
				Map.of("locked", false), Map.of("locked", true, "votes", votes), null));
	}

	/** Reopens locked scoring, for a reason that is recorded; a generated shortlist is withdrawn. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void reopen(Long campaignId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ScoringRefused.of("reason", "scoring.rule.reason-required");
		}
		if (phase(campaignId) != CampaignPhase.EVALUATION) {
			throw ScoringRefused.of("phase", "scoring.rule.reopen-outside-evaluation");
		}
		boolean shortlisted = this.records.shortlist(campaignId).isPresent();
		if (!this.records.unlock(campaignId)) {
			throw ScoringRefused.of("lock", "scoring.rule.not-locked");
		}
		this.events.publishEvent(ScoringEvents.Changed.ofCampaign("scoring.reopened", campaignId,
				Map.of("locked", true, "shortlisted", shortlisted), Map.of("locked", false), reason.strip()));
	}

	private CampaignPhase phase(long campaignId) {
		return this.campaigns.findById(campaignId)
			.orElseThrow(() -> new ScoringNotFound("campaign", campaignId))
			.getPhase();
	}

	/**
	 * Records the order the leading group decided for candidates tied in a category. The order must
	 * name exactly the candidates of a tie that is pending now.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void decideTie(Long campaignId, long categoryId, List<Long> order, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ScoringRefused.of("reason", "scoring.rule.reason-required");
		}
		CampaignScoring scoring = this.evaluations.compute(campaignId);
		if (scoring.shortlisted()) {
			throw ScoringRefused.of("lock", "scoring.rule.shortlisted");
		}
		CampaignScoring.CategoryScoring category = scoring.categories()
			.stream()
			.filter(c -> c.category().getId() == categoryId)
			.findFirst()
			.orElseThrow(() -> new ScoringNotFound("category", categoryId));
		Set<Long> tied = new HashSet<>();
		category.standings()
			.stream()
			.filter(s -> s.placement().outcome() == Outcome.TIE_PENDING && order.contains(s.candidateId()))
			.forEach(s -> {
				tied.add(s.candidateId());
				tied.addAll(s.placement().tiedWith());
			});
		if (tied.isEmpty() || tied.size() != order.size() || !tied.containsAll(order)) {
			throw ScoringRefused.of("order", "scoring.rule.tie-order");
		}
		this.records.decide(campaignId, categoryId, order, reason.strip(), PanelSetup.actor(), this.clock.instant());
		this.events.publishEvent(new ScoringEvents.Changed("scoring.tie-decided", "category",
				String.valueOf(categoryId), campaignId, Map.of("tied", tied), Map.of("order", order), reason.strip()));
	}

	/**
	 * Stores the shortlist from the locked results: refused while scoring is open, while a tie waits for
	 * the leading group, or while a panel component has no panel.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Shortlists.Shortlist generateShortlist(Long campaignId) {
		CampaignScoring scoring = this.evaluations.compute(campaignId);
		List<Violation> refusals = new ArrayList<>();
		if (!scoring.isLocked()) {
			refusals.add(Violation.of("lock", "scoring.rule.shortlist-needs-lock"));
		}
		for (CampaignScoring.CategoryScoring category : scoring.categories()) {
			if (category.hasPendingTie()) {
				refusals.add(Violation.of("ties", "scoring.rule.shortlist-pending-tie", category.category().getName()));
			}
		}
		scoring.componentsWithoutPanel()
			.forEach(label -> refusals.add(Violation.of("panels", "scoring.rule.component-without-panel", label)));
		ScoringRefused.throwIfAny(refusals);
		List<Shortlists.Entry> entries = new ArrayList<>();
		for (CampaignScoring.CategoryScoring category : scoring.categories()) {
			for (CategoryEvaluation.Standing standing : category.standings()) {
				var candidate = category.candidates().get(standing.candidateId());
				entries.add(new Shortlists.Entry(category.category().getId(), standing.candidateId(),
						standing.placement().rank(), standing.composite(), standing.placement().outcome(),
						candidate.segment(), candidate.unitId(), candidate.displayName()));
			}
		}
		this.records.saveShortlist(campaignId, entries, PanelSetup.actor(), this.clock.instant());
		this.events.publishEvent(ScoringEvents.Changed.ofCampaign("scoring.shortlist-generated", campaignId, null,
				Map.of("selected", entries.stream().filter(Shortlists.Entry::selected)
					.map(Shortlists.Entry::candidateId).toList()), null));
		return this.records.shortlist(campaignId).orElseThrow();
	}

}
