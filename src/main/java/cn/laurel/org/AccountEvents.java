package cn.laurel.org;

import java.time.Instant;
import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/**
 * Facts about accounts that the audit trail records. Each change carries what the account looked like
 * before and after, as a {@link Snapshot} that never includes the password hash.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/**
	 * What the audit trail keeps of an account: everything an administrator can see and change.
	 *
	 * @param username login name
	 * @param displayName the holder's name
	 * @param role what the account may do
	 * @param unitId the unit it acts for, if any
	 * @param capacity an endorser's capacity
	 * @param enabled whether it may sign in at all
	 * @param lockedUntil end of a lockout after failed logins
	 * @param mustChangePassword whether the holder still has to replace a temporary password
	 */
	public record Snapshot(String username, String displayName, Role role, Long unitId, Capacity capacity,
			boolean enabled, Instant lockedUntil, boolean mustChangePassword) {

		static Snapshot of(Account account) {
			return new Snapshot(account.getUsername(), account.getDisplayName(), account.getRole(),
					account.getUnitId(), account.getCapacity(), account.isEnabled(), account.getLockedUntil(),
					account.isMustChangePassword());
		}

	}

	/** A change to one account; the subject of its audit entry. */
	public sealed interface Change extends AuditableEvent
			permits Created, Updated, Disabled, Enabled, Unlocked, PasswordReset, PasswordChanged {

		Long accountId();

		@Override
		default String subjectType() {
			return "account";
		}

		@Override
		default String subjectId() {
			return String.valueOf(accountId());
		}

	}

	/** An administrator (or an import) created the account with a temporary password. */
	public record Created(Long accountId, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.created";
		}

	}

	/** An administrator changed the holder's name, role, unit or capacity. */
	public record Updated(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.updated";
		}

	}

	/** An administrator barred the account from signing in. */
	public record Disabled(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.disabled";
		}

	}

	/** An administrator allowed a disabled account to sign in again. */
	public record Enabled(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.enabled";
		}

	}

	/** An administrator lifted a lockout before it ran out. */
	public record Unlocked(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.unlocked";
		}

	}

	/** An administrator set a new temporary password. */
	public record PasswordReset(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.password-reset";
		}

	}

	/** The holder chose a new password. */
	public record PasswordChanged(Long accountId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "account.password-changed";
		}

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
