package cn.laurel.org;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account after too many in a row
 * ({@code laurel.security.max-failed-logins}, default 5, for {@code laurel.security.lockout}, default 15 min).
 */
@Component
class LoginAttempts {

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final int maxFailures;

	private final Duration lockout;

	private final OpenSessions openSessions;

	LoginAttempts(Accounts accounts, Clock clock, ApplicationEventPublisher events,
			@Value("${laurel.security.max-failed-logins}") int maxFailures,
			@Value("${laurel.security.lockout}") Duration lockout, OpenSessions openSessions) {
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.openSessions = openSessions;
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName().trim()).ifPresent(this::failed);
	}

	/**
	 * A wrong password, at login or as the current password typed in an open session: both count towards the
	 * lockout, so that an unattended session is no way to guess the password. Locking ends the account's sessions.
	 */
	@Transactional
	void failed(Account account) {
		boolean wasLocked = account.isLockedAt(this.clock.instant());
		AccountEvents.Snapshot before = AccountEvents.Snapshot.of(account);
		account.recordFailedLogin(this.clock.instant(), this.maxFailures, this.lockout);
		this.accounts.save(account);
		if (!wasLocked && account.isLockedAt(this.clock.instant())) {
			this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_LOCKED, account.getId(),
					before, AccountEvents.Snapshot.of(account)));
			this.openSessions.endAllOf(account.getUsername());
		}
	}

	boolean isLocked(Account account) {
		return account.isLockedAt(this.clock.instant());
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName().trim()).ifPresent(account -> {
			if (account.getFailedAttempts() > 0 || account.getLockedUntil() != null) {
				account.recordSuccessfulLogin();
				this.accounts.save(account);
			}
		});
	}

}
