package cn.laurel.org;

import java.time.Instant;
import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** Facts about accounts that the audit trail records. */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** An account was locked after too many failed logins. */
	public record Locked(Long accountId, String username, Instant until) implements AuditableEvent {

		@Override
		public String action() {
			return "account.locked";
		}

		@Override
		public String subjectType() {
			return "account";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.accountId);
		}

		@Override
		public Object after() {
			return Map.of("username", this.username, "lockedUntil", this.until.toString());
		}

	}

}
