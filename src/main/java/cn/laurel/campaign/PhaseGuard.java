package cn.laurel.campaign;

import java.util.List;

/**
 * A precondition another module puts on a phase change, e.g. "no nomination still waits in its
 * endorsement chain" before leaving 逐级审核. Implementations are beans; the campaign asks all of
 * them before every advance and refuses it with their reasons.
 */
public interface PhaseGuard {

	List<Violation> check(Campaign campaign, CampaignPhase from, CampaignPhase to);

	/**
	 * The same check knowing the organiser's reason for the change, for guards that let an organiser override them
	 * on the record (the reason is audited with the phase change); by default the reason changes nothing.
	 */
	default List<Violation> check(Campaign campaign, CampaignPhase from, CampaignPhase to, String reason) {
		return check(campaign, from, to);
	}

}
