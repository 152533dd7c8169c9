package cn.laurel.org;

import java.time.Clock;

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

	AccountPasswords(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the password of the signed-in account, which {@link PasswordChangeFormValidator} has already
	 * accepted, and ends the obligation to change a temporary one.
	 * @return the principal to put into the session in place of the stale one
	 * @throws InputRejected if the current password is wrong
	 */
	@Transactional
	LaurelUser change(Long accountId, PasswordChangeForm form) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFound("account", accountId));
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			Errors errors = new SimpleErrors(form);
			errors.rejectValue("currentPassword", "password.current.wrong");
			throw new InputRejected(errors);
		}
		AccountEvents.Snapshot before = AccountEvents.Snapshot.of(account);
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()), this.clock.instant());
		account = this.accounts.save(account);
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_PASSWORD_CHANGED,
				account.getId(), before, AccountEvents.Snapshot.of(account)));
		LaurelUser user = new LaurelUser(account, false);
		user.eraseCredentials();
		return user;
	}

}
