package cn.laurel.campaign;

import java.util.Arrays;
import java.util.List;

/**
 * The lifecycle of a campaign (SPEC §2). A campaign schedules the phases it uses, each with a date
 * window; the organiser advances through the scheduled ones in this order.
 */
public enum CampaignPhase {

	/** 筹备: the office configures the campaign; nothing is public yet. */
	PREPARATION(false),
	/** 组织发动 / 推荐申报: units submit nominations within quota, before the deadline. */
	NOMINATION(true),
	/** 逐级审核: nominations pass their endorsement chains. */
	ENDORSEMENT(false),
	/** 初审: the office checks completeness and rules; passed nominations become candidates. */
	PRELIMINARY_REVIEW(true),
	/** 网络投票 / 网络评选: public online voting. */
	VOTING(false),
	/** 评审: panels score; one ranking per category within quotas. */
	EVALUATION(false),
	/** 公示: the shortlist is published for a number of working days; objections are handled. */
	PUBLICITY(false),
	/** 审定: the deciding body fixes the honour list. */
	DECISION(true),
	/** 发布表彰: results, decision document, certificates, filing. */
	ANNOUNCEMENT(true),
	/** 宣传: deeds stay published for the publicity year. */
	PROMOTION(false),
	/** 已结束. */
	CLOSED(false);

	private final boolean mandatory;

	CampaignPhase(boolean mandatory) {
		this.mandatory = mandatory;
	}

	/** Whether every campaign must schedule this phase (all five seeds have it). */
	public boolean isMandatory() {
		return this.mandatory;
	}

	/** Whether this phase has a date window, i.e. is neither the preparation nor the end. */
	public boolean isSchedulable() {
		return this != PREPARATION && this != CLOSED;
	}

	public static List<CampaignPhase> schedulable() {
		return Arrays.stream(values()).filter(CampaignPhase::isSchedulable).toList();
	}

	public String messageKey() {
		return "phase." + name();
	}

}
