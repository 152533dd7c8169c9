package cn.laurel.org;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.SimpleErrors;

/** Lets every signed-in holder replace their own password, proving it with the current one. */
@Service
public class AccountPasswords {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OpenSessions openSessions;

	private final LoginAttempts attempts;

	private final PasswordHistory history;

	AccountPasswords(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, OpenSessions openSessions, LoginAttempts attempts, PasswordHistory history) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.openSessions = openSessions;
		this.attempts = attempts;
		this.history = history;
	}

	/**
	 * Replaces the password of the signed-in account, which {@link PasswordChangeFormValidator} has already
	 * accepted, ends the obligation to change a temporary one and ends the account's other sessions (whoever
	 * may have learnt the old password is signed out).
	 * @param keptSessionId the session the holder changes it in, kept open; {@code null} for none
	 * @return the principal to put into the session in place of the stale one
	 * @throws OrgRefused if the current password is wrong (counted as a failed login: too many lock the account
	 * and end its sessions), the account is locked, or the new password contains the username or is one of the
	 * last {@value PasswordHistory#REMEMBERED}
	 */
	// a wrong current password is refused, but the failure it counts is kept
	@Transactional(noRollbackFor = OrgRefused.class)
	public LaurelUser change(Long accountId, PasswordChangeForm form, String keptSessionId) {
		Account current = this.accounts.findById(accountId)
			.orElseThrow(() -> new OrgNotFound("account", accountId));
		if (this.attempts.isLocked(current)) {
			throw rejected(form, "currentPassword", "password.current.locked");
		}
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), current.getPasswordHash())) {
			this.attempts.failed(current);
			throw rejected(form, "currentPassword", "password.current.wrong");
		}
		Optional<String> refusal = PasswordPolicy.check(form.getNewPassword(), current.getUsername())
			.or(() -> this.history.isRecent(current, form.getNewPassword()) ? Optional.of("password.recent")
					: Optional.empty());
		if (refusal.isPresent()) {
			throw rejected(form, "newPassword", refusal.get());
		}
		AccountEvents.Snapshot before = AccountEvents.Snapshot.of(current);
		String oldHash = current.getPasswordHash();
		current.changePassword(this.passwordEncoder.encode(form.getNewPassword()), this.clock.instant());
		Account account = this.accounts.save(current);
		this.history.replaced(account, oldHash, this.clock.instant());
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_PASSWORD_CHANGED,
				account.getId(), before, AccountEvents.Snapshot.of(account)));
		this.openSessions.endAllOfBut(account.getUsername(), keptSessionId);
		LaurelUser user = new LaurelUser(account, false);
		user.eraseCredentials();
		return user;
	}

	private static OrgRefused rejected(PasswordChangeForm form, String field, String code) {
		Errors errors = new SimpleErrors(form);
		errors.rejectValue(field, code);
		return new OrgRefused(errors);
	}

}
