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

	/** A fact recorded against the campaign itself (its transitions, its decision). */
	public interface OfTheCampaign extends AuditableEvent {

		@Override
		Long campaignId();

		@Override
		default String subjectType() {
			return "campaign";
		}

		@Override
		default String subjectId() {
			return String.valueOf(campaignId());
		}

	}

	/** The organiser moved the campaign from one phase to the next, possibly early with a reason. */
	public record PhaseAdvanced(Long campaignId, CampaignPhase from, CampaignPhase to, String reason)
			implements OfTheCampaign {

		@Override
		public String action() {
			return "campaign.phase-advanced";
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

	/**
	 * The organiser re-opened the frozen selection configuration for a reason; what stood on it (the shortlist)
	 * was discarded.
	 */
	public record SelectionReopened(Long campaignId, CampaignPhase phase, String reason) implements OfTheCampaign {

		@Override
		public String action() {
			return "campaign.selection-reopened";
		}

		@Override
		public Object before() {
			return Map.of("frozen", true, "phase", this.phase);
		}

		@Override
		public Object after() {
			return Map.of("frozen", false, "phase", this.phase);
		}

	}

}
