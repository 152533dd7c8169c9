package cn.laurel.nomination;

import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** Facts about nominations that the audit trail records and other modules may react to. */
public final class NominationEvents {

	private NominationEvents() {
	}

	/**
	 * A nomination moved (or was created, endorsed, had a flag cleared): one event per verb.
	 *
	 * @param action e.g. {@code nomination.submitted}, {@code nomination.endorsed}, {@code nomination.passed}
	 */
	public record Changed(String action, long nominationId, Long campaignId, NominationStatus from,
			NominationStatus to, String reason) implements AuditableEvent {

		Changed withId(long id) {
			return new Changed(this.action, id, this.campaignId, this.from, this.to, this.reason);
		}

		@Override
		public String subjectType() {
			return "nomination";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.nominationId);
		}

		@Override
		public Object before() {
			return this.from == null ? null : Map.of("status", this.from);
		}

		@Override
		public Object after() {
			return this.to == null ? null : Map.of("status", this.to);
		}

	}

}
