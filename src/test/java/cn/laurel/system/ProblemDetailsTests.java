package cn.laurel.system;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Different modules' APIs refuse in one shape, an RFC 9457 problem with the reasons listed under {@code errors}:
 * a module's refusal, a missing parameter, bean validation and a record not found alike.
 */
@LaurelIntegrationTest
class ProblemDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aCalendarRefusalIsAProblemWithItsReason() throws Exception {
		problem(this.mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-10-10")
			.param("to", "2026-09-20")), 400, "rejected", "请求有误")
			.andExpect(jsonPath("$.errors[0].code").value("calendar.range.reversed"))
			.andExpect(jsonPath("$.errors[0].message").value("截止日期不能早于起始日期。"))
			.andExpect(jsonPath("$.detail").value("截止日期不能早于起始日期。"));
	}

	@Test
	void aMissingParameterIsTheSameShapeNamingTheParameter() throws Exception {
		problem(this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24")), 400,
				"rejected", "请求有误")
			.andExpect(jsonPath("$.errors[0].field").value("days"))
			.andExpect(jsonPath("$.errors[0].code").value("api.parameter-missing"));
	}

	@Test
	void orgValidationAndNotFoundAreTheSameShapeInTheRequestedLanguage() throws Exception {
		Account admin = new TestAccounts(this.accounts, this.units, this.passwords).create(Role.ADMIN, "admin");
		problem(this.mvc.perform(post("/api/v1/admin/units").with(httpBasic(admin.getUsername(), TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"\",\"name\":\"x\",\"type\":\"OTHER\",\"sortOrder\":1}")), 400, "rejected", "请求有误")
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写单位编码。"));
		problem(this.mvc.perform(put("/api/v1/admin/units/{id}", Long.MAX_VALUE)
			.with(httpBasic(admin.getUsername(), TestAccounts.PASSWORD))
			.param("lang", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x\",\"name\":\"x\",\"type\":\"OTHER\",\"sortOrder\":0}")), 404, "not-found",
				"Not found")
			.andExpect(jsonPath("$.errors[0].code").value("refusal.not-found"))
			.andExpect(jsonPath("$.detail").value("There is no such record, or you may not see it."));
	}

	private static ResultActions problem(ResultActions answer, int status, String type, String title)
			throws Exception {
		return answer.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:laurel:problem:" + type))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").value(not(emptyString())))
			.andExpect(jsonPath("$.errors[0].message").value(not(emptyString())));
	}

}
