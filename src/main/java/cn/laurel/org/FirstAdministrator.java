package cn.laurel.org;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator of a new production database from {@code LAUREL_ADMIN_PASSWORD},
 * as account {@code admin} who must choose a new password at first login. Does nothing once any
 * administrator exists, so the variable can stay set.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final String password;

	FirstAdministrator(Accounts accounts, PasswordEncoder passwords,
			@Value("${laurel.first-admin-password:}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.password) || this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		this.accounts.save(new Account("admin", "admin", this.passwords.encode(this.password), Role.ADMIN, null, null));
		log.info("Created the first administrator account 'admin'; it must change its password at first login");
	}

}
