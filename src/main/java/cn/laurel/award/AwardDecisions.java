package cn.laurel.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Violation;
import cn.laurel.publicity.Publicity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审定: in its stage, once every 公示 is over and every objection concluded, the organiser records the deciding meeting and so
 * confirms the final list (the shortlist minus the withdrawn plus the fill-ins). Recorded once.
 */
@Service
public class AwardDecisions {

	private final Decisions decisions;

	private final Publicity publicity;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwardDecisions(Decisions decisions, Publicity publicity, Campaigns campaigns, ApplicationEventPublisher events,
			Clock clock) {
		this.decisions = decisions;
		this.publicity = publicity;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the decision (审定) on the final list; {@code ballot} holds the figures where the body voted, and is
	 * {@code null} for a meeting's decision. Refused, with every reason, while the 公示 is not settled or when a
	 * ballot did not pass the list.
	 */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Decision decide(long campaignId, DecisionWording wording, String decidingBody, LocalDate decidedOn,
			String documentNumber, Ballot ballot) {
		List<Violation> reasons = new ArrayList<>();
		CampaignAction.DECIDE.refusalIn(this.campaigns.findById(campaignId).orElseThrow()).ifPresent(reasons::add);
		reasons.addAll(this.publicity.openMatters(campaignId));
		if (this.decisions.find(campaignId).isPresent()) {
			reasons.add(Violation.of("decision", "award.decision.already"));
		}
		if (wording == null) {
			reasons.add(Violation.of("wording", "award.decision.wording-required"));
		}
		if (decidingBody == null || decidingBody.isBlank()) {
			reasons.add(Violation.of("decidingBody", "award.decision.body-required"));
		}
		if (decidedOn == null || decidedOn.isAfter(LocalDate.now(this.clock))) {
			reasons.add(Violation.of("decidedOn", "award.decision.date"));
		}
		if (ballot != null) {
			reasons.addAll(ballot.problems());
		}
		var honourees = this.publicity.finalList(campaignId);
		if (honourees.isEmpty()) {
			reasons.add(Violation.of("honourees", "award.decision.nobody"));
		}
		if (!reasons.isEmpty()) {
			throw new AwardRefused(reasons);
		}
		Decision decision = new Decision(campaignId, wording, decidingBody.strip(),
				ballot == null ? DecisionMethod.MEETING : DecisionMethod.BALLOT, ballot, decidedOn,
				documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip(), honourees);
		this.decisions.add(decision, Decisions.actor(), this.clock.instant());
		this.events.publishEvent(new AwardEvents.Decided(campaignId, decision));
		return decision;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Optional<Decision> of(long campaignId) {
		return this.decisions.find(campaignId);
	}

}
