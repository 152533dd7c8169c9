package cn.laurel.org;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.laurel.LaurelIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every holder changes their own password; holders of a temporary one must do so before anything else. */
@LaurelIntegrationTest
class PasswordChangeTests {

	private static final String NEW_PASSWORD = "Mine2025pw";

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

	private OrgTestData data;

	private Unit unit;

	@BeforeEach
	void data() {
		this.data = new OrgTestData(this.units, this.accounts, this.passwordEncoder);
		this.unit = this.data.unit(UnitType.OFFICE_SECTION, null);
	}

	@Test
	void wrongCurrentPasswordIsRefusedNextToTheFieldAndNoPasswordIsEchoed() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "NotMine123")
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
					"password.current.wrong"))
			.andExpect(content().string(containsString("当前密码不正确")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));
		assertThat(this.passwordEncoder.matches(OrgTestData.PASSWORD, this.data.reload(account).getPasswordHash()))
			.isTrue();
	}

	@Test
	void weakOrMistypedNewPasswordsAreRefusedWithTheRule() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", OrgTestData.PASSWORD)
				.param("newPassword", "onlyletters")
				.param("repeatPassword", "different1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
					"password.needs-letter-and-digit"))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "repeatPassword",
					"password.repeat.mismatch"))
			.andExpect(content().string(containsString("密码须同时包含字母和数字")));
	}

	@Test
	void changedPasswordReplacesTheOldOneAtTheNextLogin() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		this.mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", OrgTestData.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("message", "password.changed"));

		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(NEW_PASSWORD))
			.andExpect(authenticated());
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'account.password-changed' and subject_id = ?"
					+ " and after_state::text not like '%$2a$%'")
			.param(String.valueOf(account.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNewPasswordContainingTheUsernameIsRefusedNextToTheField() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);
		String withName = account.getUsername().toUpperCase() + "7x";

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", OrgTestData.PASSWORD)
				.param("newPassword", withName)
				.param("repeatPassword", withName))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
					"password.contains-username"))
			.andExpect(content().string(containsString("密码不能包含用户名")));
		assertThat(this.passwordEncoder.matches(OrgTestData.PASSWORD, this.data.reload(account).getPasswordHash()))
			.isTrue();
	}

	@Test
	void aNewPasswordMayNotBeOneOfTheLastFive() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		Cookie[] session = changePassword(OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD));

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", NEW_PASSWORD)
				.param("newPassword", OrgTestData.PASSWORD)
				.param("repeatPassword", OrgTestData.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword", "password.recent"))
			.andExpect(content().string(containsString("最近 5 次")));
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, this.data.reload(account).getPasswordHash())).isTrue();
	}

	@Test
	void guessingTheCurrentPasswordFromAnOpenSessionLocksTheAccountAndSignsItOut() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		for (int guess = 1; guess <= 5; guess++) {
			this.mvc
				.perform(post("/account/password").cookie(session)
					.with(csrf())
					.param("currentPassword", "Guess" + guess + "word")
					.param("newPassword", NEW_PASSWORD)
					.param("repeatPassword", NEW_PASSWORD))
				.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
						"password.current.wrong"));
		}

		assertThat(this.data.reload(account).getLockedUntil()).isNotNull();
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void changingOnesPasswordEndsOnesOtherSessionsAndKeepsThisOne() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);
		Cookie[] elsewhere = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);
		Cookie[] here = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		Cookie[] renewed = changePassword(here);

		this.mvc.perform(get("/account/password").cookie(renewed)).andExpect(status().isOk());
		this.mvc.perform(get("/account/password").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void holderOfATemporaryPasswordIsSentToThePasswordPageUntilTheyChangeIt() throws Exception {
		Account account = this.data.accountWithTemporaryPassword(Role.CLERK, this.unit);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("临时密码")));
		this.mvc.perform(get("/css/laurel.css").cookie(session)).andExpect(status().isOk());

		Cookie[] renewed = changePassword(session);

		this.mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
		assertThat(this.data.reload(account).isMustChangePassword()).isFalse();
	}

	@Test
	void theApiAnswersHoldersOfATemporaryPassword403UntilTheyChangeItThere() throws Exception {
		Account account = this.data.accountWithTemporaryPassword(Role.CLERK, this.unit);
		this.mvc.perform(get("/api/v1/notifications").with(httpBasic(account.getUsername(), OrgTestData.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value(containsString("/api/v1/account/password")));

		this.mvc
			.perform(post("/api/v1/account/password").with(httpBasic(account.getUsername(), OrgTestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword":"%s","newPassword":"%s","repeatPassword":"%s"}"""
					.formatted(OrgTestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent());

		Account after = this.data.reload(account);
		assertThat(after.isMustChangePassword()).isFalse();
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, after.getPasswordHash())).isTrue();
		this.mvc.perform(get("/api/v1/notifications").with(httpBasic(account.getUsername(), NEW_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void theApiListsFieldErrorsInChinese() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);

		this.mvc
			.perform(post("/api/v1/account/password").with(httpBasic(account.getUsername(), OrgTestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword":"Wrong0000","newPassword":"%s","repeatPassword":"%s"}"""
					.formatted(NEW_PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("当前密码不正确。"));

		this.mvc
			.perform(post("/api/v1/account/password").with(httpBasic(account.getUsername(), OrgTestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword":"%s","newPassword":"short","repeatPassword":""}"""
					.formatted(OrgTestData.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'newPassword')].message").value("密码至少 8 位。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'repeatPassword')].message").value("请再次输入新密码。"));
	}

	/** Changes the password from {@link OrgTestData#PASSWORD} to {@link #NEW_PASSWORD}; the session's new cookies. */
	private Cookie[] changePassword(Cookie[] session) throws Exception {
		MvcResult changed = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", OrgTestData.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return changed.getResponse().getCookies();
	}

}
