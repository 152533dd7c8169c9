package cn.laurel.org;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security; a locked account is refused before its password is checked. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new LaurelUser(account, account.isLockedAt(this.clock.instant()));
	}

}
