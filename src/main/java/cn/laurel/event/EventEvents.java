package cn.laurel.event;

import cn.laurel.audit.AuditableEvent;

/** Facts about events that the audit trail records; never a participant's phone or 身份证号. */
final class EventEvents {

	static final String EVENT = "event";

	static final String PARTICIPANT = "event-participant";

	static final String OPINION = "event-opinion";

	private EventEvents() {
	}

	/**
	 * An event, a participant or a 征求意见表 was made or moved on; recorded before the subject is saved, so its id is
	 * filled in after.
	 *
	 * @param action e.g. {@code event.planned}, {@code event.participant-invited}, {@code event.opinion-replied}
	 * @param subjectType {@value #EVENT}, {@value #PARTICIPANT} or {@value #OPINION}
	 */
	record Changed(String action, String subjectType, long subjectKey, Long campaignId, Object before, Object after)
			implements AuditableEvent {

		Changed withId(long id) {
			return new Changed(this.action, this.subjectType, id, this.campaignId, this.before, this.after);
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.subjectKey);
		}

	}

}
