package cn.laurel.audit;

import java.util.UUID;

/** An auditable fact of no module in particular, with a subject type of its own so tests find their entries. */
record TestEvent(String action, String subjectType, String subjectId, Long campaignId, Object before, Object after,
		String reason) implements AuditableEvent {

	static String uniqueSubjectType() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static TestEvent of(String action, String subjectType, String subjectId, Long campaignId) {
		return new TestEvent(action, subjectType, subjectId, campaignId, null, null, null);
	}

}
