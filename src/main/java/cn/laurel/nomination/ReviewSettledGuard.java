package cn.laurel.nomination;

import java.util.List;
import java.util.Set;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.PhaseGuard;
import cn.laurel.campaign.Violation;

import org.springframework.stereotype.Component;

/**
 * The campaign leaves the phases of endorsement and 初审 only once no nomination waits in them: one passed later
 * would appear as a candidate in the middle of voting or after the ranking. The refusal lists each waiting
 * nomination, unless the organiser gives a reason for leaving them behind (audited with the phase change): they
 * then lapse where they stand, as returned nominations not resubmitted by then do.
 */
@Component
class ReviewSettledGuard implements PhaseGuard {

	private final Nominations nominations;

	ReviewSettledGuard(Nominations nominations) {
		this.nominations = nominations;
	}

	@Override
	public List<Violation> check(Campaign campaign, CampaignPhase from, CampaignPhase to, String reason) {
		return reason == null || reason.isBlank() ? check(campaign, from, to) : List.of();
	}

	@Override
	public List<Violation> check(Campaign campaign, CampaignPhase from, CampaignPhase to) {
		if (!CampaignAction.REVIEW.allowedIn(from) || CampaignAction.REVIEW.allowedIn(to)) {
			return List.of();
		}
		return this.nominations
			.summaries(NominationQuery.ofCampaign(campaign.getId())
				.in(Set.of(NominationStatus.ENDORSING, NominationStatus.IN_REVIEW)))
			.stream()
			.map(waiting -> Violation.of("nominations", "nomination.guard.still-waiting", waiting.displayName(),
					waiting.status().messageKey()))
			.toList();
	}

}
