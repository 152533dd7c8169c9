package cn.laurel.org;

import cn.laurel.audit.AuditableEvent;

/**
 * A unit or an account changed, as the audit trail records it: with its state before ({@code null}
 * when it was created) and after.
 *
 * @param <S> the subject's snapshot: {@link UnitEvents.Snapshot} or {@link AccountEvents.Snapshot}
 * @param id the unit's or account's id
 */
public record OrgRecordChanged<S>(Kind kind, Long id, S before, S after) implements AuditableEvent {

	/** What happened, named by its audit action; the part before the dot is the subject type. */
	public enum Kind {

		/** A unit was added to the tree, by hand or by an import. */
		UNIT_CREATED("unit.created"),
		/** A unit was renamed, retyped, moved, re-stationed or reordered. */
		UNIT_UPDATED("unit.updated"),
		/** A unit stopped taking part; it stays in the tree for the record. */
		UNIT_DEACTIVATED("unit.deactivated"),
		/** A deactivated unit takes part again. */
		UNIT_ACTIVATED("unit.activated"),
		/** An administrator (or an import) created the account with a temporary password. */
		ACCOUNT_CREATED("account.created"),
		/** An administrator changed the holder's name, role, unit or capacity. */
		ACCOUNT_UPDATED("account.updated"),
		/** An administrator barred the account from signing in. */
		ACCOUNT_DISABLED("account.disabled"),
		/** An administrator allowed a disabled account to sign in again. */
		ACCOUNT_ENABLED("account.enabled"),
		/** Too many failed logins locked the account for a while. */
		ACCOUNT_LOCKED("account.locked"),
		/** An administrator lifted a lockout before it ran out. */
		ACCOUNT_UNLOCKED("account.unlocked"),
		/** An administrator set a new temporary password. */
		ACCOUNT_PASSWORD_RESET("account.password-reset"),
		/** The holder chose a new password. */
		ACCOUNT_PASSWORD_CHANGED("account.password-changed");

		private final String action;

		Kind(String action) {
			this.action = action;
		}

	}

	@Override
	public String action() {
		return this.kind.action;
	}

	@Override
	public String subjectType() {
		return this.kind.action.substring(0, this.kind.action.indexOf('.'));
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.id);
	}

}
