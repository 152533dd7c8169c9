package cn.laurel.org;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laurel.LaurelIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts as administrators manage them, on the pages and through the API. */
@LaurelIntegrationTest
class AccountAdministrationTests {

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

	private Account adminAccount;

	private Unit unit;

	@BeforeEach
	void data() {
		this.data = new OrgTestData(this.units, this.accounts, this.passwordEncoder);
		this.adminAccount = this.data.account(Role.ADMIN, null);
		this.unit = this.data.unit(UnitType.TOWN, null);
	}

	@Test
	void aCreatedAccountMustChangeItsTemporaryPasswordAndTheTrailNeverHoldsTheHash() throws Exception {
		String username = OrgTestData.unique("endorser");

		this.mvc.perform(asAdmin(post("/admin/accounts/new")).param("username", username)
			.param("displayName", "李审核")
			.param("role", "ENDORSER")
			.param("unitId", String.valueOf(this.unit.getId()))
			.param("capacity", "TOWN")
			.param("temporaryPassword", "Temp2025x"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.created"));

		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(account.getCapacity()).isEqualTo(Capacity.TOWN);
		assertThat(this.passwordEncoder.matches("Temp2025x", account.getPasswordHash())).isTrue();
		String after = this.jdbc
			.sql("select after_state::text from audit_entry where action = 'account.created' and subject_id = ?")
			.param(String.valueOf(account.getId()))
			.query(String.class)
			.single();
		assertThat(after).contains(username).doesNotContain(account.getPasswordHash()).doesNotContain("password\"");
	}

	@Test
	void unitRolesNeedAUnitAndOnlyEndorsersHaveACapacity() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/accounts/new")).param("username", OrgTestData.unique("clerk"))
			.param("displayName", "王经办")
			.param("role", "CLERK")
			.param("capacity", "DISCIPLINE")
			.param("temporaryPassword", "Temp2025x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "unitId", "account.unit.required"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "capacity", "account.capacity.forbidden"))
			.andExpect(content().string(containsString("王经办")))
			.andExpect(content().string(not(containsString("Temp2025x"))));
		this.mvc.perform(asAdmin(post("/admin/accounts/new")).param("username", OrgTestData.unique("endorser"))
			.param("displayName", "赵审核")
			.param("role", "ENDORSER")
			.param("unitId", String.valueOf(this.unit.getId()))
			.param("temporaryPassword", "Temp2025x"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "capacity", "account.capacity.required"))
			.andExpect(content().string(containsString("审核人必须选择审核身份")));
	}

	@Test
	void takenUsernamesAndWeakTemporaryPasswordsAreRefused() throws Exception {
		Account existing = this.data.account(Role.JUDGE, null);

		this.mvc.perform(asAdmin(post("/admin/accounts/new")).param("username", existing.getUsername())
			.param("displayName", "重名")
			.param("role", "JUDGE")
			.param("temporaryPassword", "password"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "username", "account.username.taken"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "temporaryPassword",
					"password.needs-letter-and-digit"));
	}

	@Test
	void editingChangesRoleUnitAndCapacity() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/edit", account.getId())).param("displayName", "新名字")
			.param("role", "ENDORSER")
			.param("unitId", String.valueOf(this.unit.getId()))
			.param("capacity", "PERSONNEL")).andExpect(redirectedUrl("/admin/accounts"));

		Account after = this.data.reload(account);
		assertThat(after.getRole()).isEqualTo(Role.ENDORSER);
		assertThat(after.getCapacity()).isEqualTo(Capacity.PERSONNEL);
		assertThat(after.getDisplayName()).isEqualTo("新名字");
		assertThat(after.getUsername()).isEqualTo(account.getUsername());
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabled() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/disable", account.getId())))
			.andExpect(flash().attribute("message", "account.disabled"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error=bad"));

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/enable", account.getId())))
			.andExpect(flash().attribute("message", "account.enabled"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void disablingAnAccountEndsTheSessionsItHasOpen() throws Exception {
		Account account = this.data.account(Role.JUDGE, null);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/disable", account.getId())))
			.andExpect(flash().attribute("message", "account.disabled"));

		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDemotedOrMovedAccountIsSignedOutAtOnceARenamedOneIsNot() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		Cookie[] session = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/edit", account.getId())).param("displayName", "改名")
			.param("role", "CLERK")
			.param("unitId", String.valueOf(this.unit.getId()))).andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

		Unit other = this.data.unit(UnitType.OFFICE_SECTION, null);
		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/edit", account.getId())).param("displayName", "改名")
			.param("role", "CLERK")
			.param("unitId", String.valueOf(other.getId()))).andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));

		Cookie[] again = OrgTestData.signIn(this.mvc, account.getUsername(), OrgTestData.PASSWORD);
		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/edit", account.getId())).param("displayName", "改名")
			.param("role", "JUDGE")).andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(get("/account/password").cookie(again)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccountNorDropTheirRole() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/disable", this.adminAccount.getId())))
			.andExpect(flash().attribute("error", "不能停用自己正在使用的账号。"));
		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/edit", this.adminAccount.getId()))
			.param("displayName", "管理员")
			.param("role", "JUDGE")).andExpect(model().attributeHasFieldErrorCode("accountForm", "role", "account.role.own"));

		assertThat(this.data.reload(this.adminAccount).isEnabled()).isTrue();
		assertThat(this.data.reload(this.adminAccount).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void unlockingLetsALockedHolderInAtOnce() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);
		this.jdbc.sql("update account set locked_until = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))), account.getId())
			.update();
		this.mvc.perform(get("/admin/accounts/{id}/edit", account.getId()).with(user(admin())))
			.andExpect(content().string(containsString("解除锁定")));

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/unlock", account.getId())))
			.andExpect(flash().attribute("message", "account.unlocked"));

		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(OrgTestData.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void resettingThePasswordSetsATemporaryOneToBeChanged() throws Exception {
		Account account = this.data.account(Role.CLERK, this.unit);

		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", account.getId())).param("temporaryPassword",
				"short")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordResetForm", "temporaryPassword", "password.too-short"));
		this.mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", account.getId())).param("temporaryPassword",
				"Reset2025x")).andExpect(redirectedUrl("/admin/accounts/" + account.getId() + "/edit"));

		Account after = this.data.reload(account);
		assertThat(after.isMustChangePassword()).isTrue();
		assertThat(this.passwordEncoder.matches("Reset2025x", after.getPasswordHash())).isTrue();
	}

	@Test
	void theListFiltersByRoleAndUnit() throws Exception {
		Account clerk = this.data.account(Role.CLERK, this.unit);
		Account judge = this.data.account(Role.JUDGE, null);

		this.mvc.perform(get("/admin/accounts").param("role", "CLERK")
			.param("unitId", String.valueOf(this.unit.getId()))
			.with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(clerk.getUsername())))
			.andExpect(content().string(not(containsString(judge.getUsername()))));
		this.mvc.perform(get("/api/v1/admin/accounts").param("role", "JUDGE").with(user(admin())))
			.andExpect(jsonPath("$[*].username", hasItem(judge.getUsername())))
			.andExpect(jsonPath("$[*].role", not(hasItem("CLERK"))))
			.andExpect(jsonPath("$[*].passwordHash").doesNotExist());
	}

	@Test
	void theApiManagesAccountsWithTheSameRules() throws Exception {
		String username = OrgTestData.unique("api-clerk");
		this.mvc.perform(asAdmin(post("/api/v1/admin/accounts")).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","displayName":"接口经办","role":"CLERK","temporaryPassword":"Temp2025x"}"""
			.formatted(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.errors[0].message").value("组织者、推荐单位经办人和审核人必须选择所属单位。"));

		String location = this.mvc
			.perform(asAdmin(post("/api/v1/admin/accounts")).contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","displayName":"接口经办","role":"CLERK","unitId":%d,"temporaryPassword":"Temp2025x"}"""
				.formatted(username, this.unit.getId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(asAdmin(put(location)).contentType(MediaType.APPLICATION_JSON).content("""
				{"displayName":"接口审核","role":"ENDORSER","unitId":%d,"capacity":"DISCIPLINE"}"""
			.formatted(this.unit.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacity").value("DISCIPLINE"));
		this.mvc.perform(asAdmin(post(location + "/disable"))).andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(asAdmin(post(location + "/enable"))).andExpect(jsonPath("$.enabled").value(true));
		this.mvc.perform(asAdmin(post(location + "/unlock"))).andExpect(jsonPath("$.locked").value(false));
		this.mvc.perform(asAdmin(post(location + "/reset-password")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"temporaryPassword":"abc"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("密码至少 8 位。"));
		this.mvc.perform(asAdmin(post(location + "/reset-password")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"temporaryPassword":"Reset2025x"}"""))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where subject_type = 'account' and subject_id = ?")
			.param(location.substring(location.lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	private LaurelUser admin() {
		return OrgTestData.signedIn(this.adminAccount);
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(admin())).with(csrf());
	}

}
