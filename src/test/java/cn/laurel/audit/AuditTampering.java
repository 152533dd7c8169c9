package cn.laurel.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What someone with the database superuser's rights could do to the trail: switch the trigger off for a moment. */
public final class AuditTampering {

	private AuditTampering() {
	}

	/** Rewrites an entry's after-state behind the append-only trigger (tests restore it afterwards). */
	public static void alterBehindTheTrigger(JdbcClient jdbc, long id, String afterState) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
		try {
			jdbc.sql("update audit_entry set after_state = ?::json where id = ?").params(afterState, id).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
		}
	}

}
