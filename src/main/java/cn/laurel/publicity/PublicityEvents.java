package cn.laurel.publicity;

import java.time.LocalDate;
import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** Facts about 公示 and objections that the audit trail records. */
final class PublicityEvents {

	private PublicityEvents() {
	}

	/**
	 * An objection was filed or moved on.
	 *
	 * @param action e.g. {@code objection.accepted}, {@code objection.upheld}
	 */
	record ObjectionChanged(String action, long objectionId, Long campaignId, Object before, Object after,
			String reason) implements AuditableEvent {

		ObjectionChanged withId(long id) {
			return new ObjectionChanged(this.action, id, this.campaignId, this.before, this.after, this.reason);
		}

		@Override
		public String subjectType() {
			return "objection";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.objectionId);
		}

	}

	/** The organiser published a 公示 (the first, or a 二次公示) for its period. */
	record Published(Long campaignId, int roundNo, LocalDate startsOn, LocalDate endsOn, int candidates)
			implements AuditableEvent {

		@Override
		public String action() {
			return "publicity.published";
		}

		@Override
		public String subjectType() {
			return "publicity";
		}

		@Override
		public String subjectId() {
			return this.campaignId + "/" + this.roundNo;
		}

		@Override
		public Object after() {
			return Map.of("round", this.roundNo, "startsOn", this.startsOn.toString(), "endsOn",
					this.endsOn.toString(), "candidates", this.candidates);
		}

	}

	/** After an upheld objection, the next-ranked fitting candidate was put forward for the next 公示. */
	record FilledIn(Long campaignId, long withdrawnNominationId, long fillInNominationId, int roundNo)
			implements AuditableEvent {

		@Override
		public String action() {
			return "publicity.filled-in";
		}

		@Override
		public String subjectType() {
			return "nomination";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.fillInNominationId);
		}

		@Override
		public Object after() {
			return Map.of("fillsInFor", this.withdrawnNominationId, "round", this.roundNo);
		}

	}

	/** The organiser changed how the campaign's 公示 handles withdrawals and investigations. */
	record SettingsChanged(Long campaignId, PublicitySettings before, PublicitySettings after)
			implements AuditableEvent {

		@Override
		public String action() {
			return "publicity.settings-changed";
		}

		@Override
		public String subjectType() {
			return "campaign";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.campaignId);
		}

	}

}
