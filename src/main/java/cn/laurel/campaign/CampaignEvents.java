package cn.laurel.campaign;

import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** Facts about campaigns that the audit trail records and other modules may react to. */
public final class CampaignEvents {

	private CampaignEvents() {
	}

	/**
	 * Part of a campaign's or category's configuration changed.
	 *
	 * @param action e.g. {@code campaign.schedule-changed}, {@code category.form-revised}
	 */
	public record ConfigurationChanged(String action, String subjectType, String subjectId, Long campaignId,
			Object before, Object after) implements AuditableEvent {
	}

	/** The organiser moved the campaign from one phase to the next, possibly early with a reason. */
	public record PhaseAdvanced(Long campaignId, CampaignPhase from, CampaignPhase to, String reason)
			implements AuditableEvent {

		@Override
		public String action() {
			return "campaign.phase-advanced";
		}

		@Override
		public String subjectType() {
			return "campaign";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.campaignId);
		}

		@Override
		public Object before() {
			return Map.of("phase", this.from);
		}

		@Override
		public Object after() {
			return Map.of("phase", this.to);
		}

	}

}
