package cn.laurel.org;

import java.time.Instant;

/**
 * What the audit trail keeps of accounts: each {@link OrgRecordChanged change} to one carries what it
 * looked like before and after, as a {@link Snapshot} that never includes the password hash.
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

}
