package cn.laurel.org;

import java.util.UUID;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@LaurelIntegrationTest
class FirstAdministratorTests {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theBootstrapPasswordCreatesAnAdminOnlyWhileThereIsNone() {
		boolean hadAdmin = this.accounts.existsByRole(Role.ADMIN);
		new FirstAdministrator(this.accounts, this.passwords, "Bootstrap2026").run(null);
		if (!hadAdmin) {
			Account admin = this.accounts.findByUsername("admin").orElseThrow();
			assertThat(admin.isMustChangePassword()).isTrue();
			assertThat(this.passwords.matches("Bootstrap2026", admin.getPasswordHash())).isTrue();
		}
		long admins = this.accounts.findAll().stream().filter(a -> a.getRole() == Role.ADMIN).count();
		new FirstAdministrator(this.accounts, this.passwords, "Another2026" + UUID.randomUUID()).run(null);
		assertThat(this.accounts.findAll().stream().filter(a -> a.getRole() == Role.ADMIN).count()).isEqualTo(admins);
	}

}
