package cn.laurel.org;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import cn.laurel.LaurelIntegrationTest;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only administrators reach the organisation and account screens and API. */
@LaurelIntegrationTest
class OrgAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgAdministration org;

	static Stream<Arguments> adminEndpoints() {
		return Stream.of("/admin/units", "/admin/units/new", "/admin/units/1/edit", "/admin/units/1/deactivate",
				"/admin/accounts", "/admin/accounts/new", "/admin/accounts/1/edit", "/admin/accounts/1/unlock",
				"/admin/accounts/1/reset-password", "/admin/import", "/admin/import/template",
				"/api/v1/admin/units", "/api/v1/admin/units/tree", "/api/v1/admin/accounts",
				"/api/v1/admin/accounts/1/disable", "/api/v1/admin/import")
			.flatMap(path -> Stream.of(Role.ORGANISER, Role.CLERK, Role.ENDORSER, Role.JUDGE)
				.flatMap(role -> Stream.of(Arguments.of(HttpMethod.GET, path, role),
						Arguments.of(HttpMethod.POST, path, role))));
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("adminEndpoints")
	void everyAdminPageAndApiIsForbiddenToOtherRoles(HttpMethod method, String path, Role role) throws Exception {
		this.mvc.perform(request(method, path).with(user(OrgTestData.signedIn(role))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/units", "/admin/units/new", "/admin/accounts",
			"/admin/accounts/new", "/admin/import", "/admin/import/template", "/api/v1/admin/units",
			"/api/v1/admin/units/tree", "/api/v1/admin/accounts" })
	void administratorsReachEveryAdminPageAndApi(String path) throws Exception {
		this.mvc.perform(get(path).with(user(OrgTestData.signedIn(Role.ADMIN)))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
	void everyRoleMayChangeItsOwnPassword(Role role) throws Exception {
		this.mvc.perform(get("/account/password").with(user(OrgTestData.signedIn(role)))).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "CLERK")
	void theServiceRefusesNonAdministratorsEvenWithoutTheUrlRules() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.org.unitTree());
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.org.accounts(null, null));
	}

}
