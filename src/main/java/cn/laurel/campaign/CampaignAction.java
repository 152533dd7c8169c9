package cn.laurel.campaign;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static cn.laurel.campaign.CampaignPhase.ANNOUNCEMENT;
import static cn.laurel.campaign.CampaignPhase.CLOSED;
import static cn.laurel.campaign.CampaignPhase.DECISION;
import static cn.laurel.campaign.CampaignPhase.ENDORSEMENT;
import static cn.laurel.campaign.CampaignPhase.EVALUATION;
import static cn.laurel.campaign.CampaignPhase.NOMINATION;
import static cn.laurel.campaign.CampaignPhase.PREPARATION;
import static cn.laurel.campaign.CampaignPhase.PRELIMINARY_REVIEW;
import static cn.laurel.campaign.CampaignPhase.PROMOTION;
import static cn.laurel.campaign.CampaignPhase.PUBLICITY;
import static cn.laurel.campaign.CampaignPhase.VOTING;

/**
 * The stage each action of a campaign belongs to, and the phases in which it may happen: the rule every module
 * checks in its domain before acting, so that no page or API call acts outside its stage. A refusal names the
 * action, its stage, the campaign's phase, and when the action opens (or that its stage is over).
 */
public enum CampaignAction {

	/** A clerk starts a draft: only while nominations are open. */
	DRAFT(NOMINATION, NOMINATION),
	/** An endorser signs: from the first submissions until 初审 ends (returned nominations go round again). */
	ENDORSE(ENDORSEMENT, NOMINATION, ENDORSEMENT, PRELIMINARY_REVIEW),
	/** The office's 初审 verbs (pass, return, reject, clear a flag): likewise. */
	REVIEW(PRELIMINARY_REVIEW, NOMINATION, ENDORSEMENT, PRELIMINARY_REVIEW),
	/**
	 * The office's own selection within the quotas (审核评选), where the plan has no scoring: after 初审, before the
	 * shortlist goes to 公示.
	 */
	SELECT(PRELIMINARY_REVIEW, PRELIMINARY_REVIEW, VOTING),
	/**
	 * Categories, quotas, segments, allocations, weights and forms: frozen once the shortlist is published for 公示,
	 * as the ranking, the 公示 and the decision are made from them.
	 */
	CONFIGURE_SELECTION(PREPARATION, PREPARATION, NOMINATION, ENDORSEMENT, PRELIMINARY_REVIEW, VOTING, EVALUATION),
	/** The organiser publishes a 公示 round (the shortlist, or a 二次公示 of fill-ins): only in the 公示 stage. */
	PUBLICISE(PUBLICITY, PUBLICITY),
	/** 审定 is recorded: only in its stage, which the campaign enters once the 公示 is settled. */
	DECIDE(DECISION, DECISION),
	/** The public honour roll and honourees' pages: from 发布表彰, not when 审定 is recorded. */
	SHOW_HONOURS(ANNOUNCEMENT, ANNOUNCEMENT, PROMOTION, CLOSED);

	private final CampaignPhase stage;

	private final Set<CampaignPhase> phases;

	CampaignAction(CampaignPhase stage, CampaignPhase first, CampaignPhase... more) {
		this.stage = stage;
		this.phases = EnumSet.of(first, more);
	}

	public boolean allowedIn(CampaignPhase phase) {
		return this.phases.contains(phase);
	}

	/** Why the action may not happen in the campaign's current phase; empty when it may. */
	public Optional<Violation> refusalIn(Campaign campaign) {
		CampaignPhase now = campaign.getPhase();
		if (allowedIn(now)) {
			return Optional.empty();
		}
		if (this.phases.stream().anyMatch(phase -> phase.compareTo(now) > 0)) {
			return Optional.of(campaign.getSchedule()
				.stream()
				.filter(window -> allowedIn(window.phase()) && window.phase().compareTo(now) > 0)
				.findFirst()
				.map(window -> Violation.of("stage", "campaign.stage.not-yet", messageKey(), this.stage.messageKey(),
						now.messageKey(), window.startsOn().toString()))
				.orElseGet(() -> Violation.of("stage", "campaign.stage.not-yet-unscheduled", messageKey(),
						this.stage.messageKey(), now.messageKey())));
		}
		return Optional.of(Violation.of("stage", "campaign.stage.over", messageKey(), this.stage.messageKey(),
				now.messageKey()));
	}

	public String messageKey() {
		return "campaign-action." + name();
	}

}
