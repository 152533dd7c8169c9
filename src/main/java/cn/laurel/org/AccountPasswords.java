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
class AccountPasswords {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OpenSessions openSessions;

	private final LoginAttempts attempts;

	AccountPasswords(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, OpenSessions openSessions, LoginAttempts attempts) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.openSessions = openSessions;
		this.attempts = attempts;
	}

	/**
	 * Replaces the password of the signed-in account, which {@link PasswordChangeFormValidator} has already
	 * accepted, ends the obligation to change a temporary one and ends the account's other sessions (whoever
	 * may have learnt the old password is signed out).
	 * @param keptSessionId the session the holder changes it in, kept open; {@code null} for none
	 * @return the principal to put into the session in place of the stale one
	 * @throws InputRejected if the current password is wrong (counted as a failed login: too many lock the account
	 * and end its sessions) or the account is locked
	 */
	// a wrong current password is refused, but the failure it counts is kept
	@Transactional(noRollbackFor = InputRejected.class)
	LaurelUser change(Long accountId, PasswordChangeForm form, String keptSessionId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFound("account", accountId));
		if (this.attempts.isLocked(account)) {
			throw currentPassword(form, "password.current.locked");
		}
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			this.attempts.failed(account);
			throw currentPassword(form, "password.current.wrong");
		}
		Optional<String> weak = PasswordPolicy.check(form.getNewPassword(), account.getUsername());
		if (weak.isPresent()) {
			Errors errors = new SimpleErrors(form);
			errors.rejectValue("newPassword", weak.get());
			throw new InputRejected(errors);
		}
		AccountEvents.Snapshot before = AccountEvents.Snapshot.of(account);
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()), this.clock.instant());
		account = this.accounts.save(account);
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_PASSWORD_CHANGED,
				account.getId(), before, AccountEvents.Snapshot.of(account)));
		this.openSessions.endAllOfBut(account.getUsername(), keptSessionId);
		LaurelUser user = new LaurelUser(account, false);
		user.eraseCredentials();
		return user;
	}

	private static InputRejected currentPassword(PasswordChangeForm form, String code) {
		Errors errors = new SimpleErrors(form);
		errors.rejectValue("currentPassword", code);
		return new InputRejected(errors);
	}

}
