package cn.laurel.audit;

/**
 * A fact that belongs in the audit trail: a configuration change or a state transition.
 * Modules publish these as application events; the audit module appends each one, in the
 * publisher's transaction, so that a change and its record commit or fail together.
 */
public interface AuditableEvent {

	/** What happened, as a dotted key such as {@code campaign.phase-advanced}. */
	String action();

	/** The kind of thing it happened to, such as {@code campaign} or {@code account}. */
	String subjectType();

	String subjectId();

	/** The campaign the subject belongs to, if any; decides which organisers may read the entry. */
	default Long campaignId() {
		return null;
	}

	/** State before the change (serialised as JSON), or {@code null} for a creation. */
	default Object before() {
		return null;
	}

	/** State after the change (serialised as JSON), or {@code null} for a deletion. */
	default Object after() {
		return null;
	}

	/** A reason given by the person acting, if the action asks for one. */
	default String reason() {
		return null;
	}

}
