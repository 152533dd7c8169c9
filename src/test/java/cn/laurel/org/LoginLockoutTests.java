package cn.laurel.org;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import cn.laurel.LaurelIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The lockout through the real login form: 5 wrong passwords in a row lock the account for 15 minutes. */
@LaurelIntegrationTest
class LoginLockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private Account account;

	@BeforeEach
	void anAccount() {
		OrgTestData data = new OrgTestData(this.units, this.accounts, this.passwordEncoder);
		this.account = data.account(Role.CLERK, data.unit(UnitType.OFFICE_SECTION, null));
	}

	@Test
	void fifthFailedLoginLocksTheAccountForFifteenMinutes() throws Exception {
		failTimes(5);

		this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"))
			.andExpect(unauthenticated());
		Instant lockedUntil = this.accounts.findById(this.account.getId()).orElseThrow().getLockedUntil();
		assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
				Instant.now().plus(Duration.ofMinutes(15)));
	}

	@Test
	void aLockedAccountIsAnsweredAsAWrongPasswordIsSoNobodyLearnsWhichAccountsExist() throws Exception {
		failTimes(5);

		String locked = this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = this.mvc.perform(formLogin("/login").user("nobody-" + this.account.getUsername()).password("x"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(locked).isEqualTo(unknown).isEqualTo("/login?error=bad");
	}

	@Test
	void fourFailedLoginsStillLetTheRightPasswordIn() throws Exception {
		failTimes(4);

		this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(this.account.getUsername()));
	}

	@Test
	void successfulLoginResetsTheCountOfFailures() throws Exception {
		failTimes(4);
		this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(authenticated());
		failTimes(4);

		this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void afterTheLockoutWindowTheRightPasswordWorksAgain() throws Exception {
		failTimes(5);
		this.jdbc.sql("update account set locked_until = now() - interval '1 second' where id = ?")
			.param(this.account.getId())
			.update();

		this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(this.account.getUsername()));
		Account after = this.accounts.findById(this.account.getId()).orElseThrow();
		assertThat(after.getLockedUntil()).isNull();
		assertThat(after.getFailedAttempts()).isZero();
	}

	@Test
	void theLockIsRecordedInTheAuditTrail() throws Exception {
		failTimes(5);

		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'account.locked' and subject_id = ?")
			.param(String.valueOf(this.account.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnknownUsernameIsRefusedLikeAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user(OrgTestData.unique("nobody")).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	private void failTimes(int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc.perform(formLogin("/login").user(this.account.getUsername()).password("Wrong" + i + "pass"))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
	}

}
