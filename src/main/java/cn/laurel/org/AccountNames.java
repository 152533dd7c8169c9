package cn.laurel.org;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people know each other by, for records that keep the login name (a nomination's history, the
 * audit trail): templates call {@code ${@accountNames.of(username)}}.
 */
@Component
public class AccountNames {

	private final Accounts accounts;

	AccountNames(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The account's display name; the login name itself when no account has it (e.g. {@code system}). */
	@Transactional(readOnly = true)
	public String of(String username) {
		return this.accounts.findByUsername(username).map(Account::getDisplayName).orElse(username);
	}

}
