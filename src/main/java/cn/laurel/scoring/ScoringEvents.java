package cn.laurel.scoring;

import cn.laurel.audit.AuditableEvent;

/** Facts about a campaign's scoring that the audit trail records. */
final class ScoringEvents {

	private ScoringEvents() {
	}

	/**
	 * Something about a campaign's scoring changed: a panel's setup, its members or invitations, a
	 * recusal, a judge's submission, the scheme, the lock, a tie decision or the shortlist.
	 *
	 * @param action e.g. {@code scoring.panel-created}, {@code scoring.sheets-submitted},
	 * {@code scoring.reopened}
	 */
	record Changed(String action, String subjectType, String subjectId, Long campaignId, Object before, Object after,
			String reason) implements AuditableEvent {

		static Changed of(String action, Panel panel, Object before, Object after) {
			return new Changed(action, "scoring-panel", String.valueOf(panel.id()), panel.campaignId(), before, after,
					null);
		}

		static Changed ofCampaign(String action, long campaignId, Object before, Object after, String reason) {
			return new Changed(action, "campaign", String.valueOf(campaignId), campaignId, before, after, reason);
		}

	}

}
