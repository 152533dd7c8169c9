package cn.laurel.org;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account a judge opens from a panel invitation, without an administrator. The holder chose the
 * password, so unlike an administrator's temporary one it need not be replaced; the creation is audited
 * as {@code account.created} all the same.
 */
@Service
@Transactional
public class JudgeEnrolment {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JudgeEnrolment(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a judge account under a username nobody has.
	 * @param password already checked against {@link PasswordPolicy} by the caller, who reports a refusal
	 * next to its own field
	 */
	public Account enrol(String username, String displayName, String password) {
		String hash = this.passwordEncoder.encode(password);
		Account account = new Account(username, displayName, hash, Role.JUDGE, null, null);
		account.changePassword(hash, Instant.now(this.clock));
		account = this.accounts.save(account);
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_CREATED, account.getId(), null,
				AccountEvents.Snapshot.of(account)));
		return account;
	}

}
