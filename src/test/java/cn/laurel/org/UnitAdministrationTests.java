package cn.laurel.org;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisation tree as administrators maintain it, on the pages and through the API. */
@LaurelIntegrationTest
class UnitAdministrationTests {

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

	private LaurelUser admin;

	@BeforeEach
	void data() {
		this.data = new OrgTestData(this.units, this.accounts, this.passwordEncoder);
		this.admin = OrgTestData.signedIn(this.data.account(Role.ADMIN, null));
	}

	@Test
	void anAdministratorAddsAUnitAndTheAuditTrailRecordsIt() throws Exception {
		Unit parent = this.data.unit(UnitType.AUTHORITY, null);
		String code = OrgTestData.unique("office");

		this.mvc.perform(asAdmin(post("/admin/units/new")).param("code", code)
			.param("name", "办公室")
			.param("type", "OFFICE_SECTION")
			.param("parentId", String.valueOf(parent.getId()))
			.param("sortOrder", "3"))
			.andExpect(redirectedUrl("/admin/units"))
			.andExpect(flash().attribute("message", "unit.created"));

		Unit unit = this.units.findByCode(code).orElseThrow();
		assertThat(unit.getParentId()).isEqualTo(parent.getId());
		assertThat(unit.getSortOrder()).isEqualTo(3);
		assertThat(auditCount("unit.created", unit.getId())).isEqualTo(1);
	}

	@Test
	void aTakenCodeIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		Unit existing = this.data.unit(UnitType.AUTHORITY, null);

		this.mvc.perform(asAdmin(post("/admin/units/new")).param("code", existing.getCode())
			.param("name", "重名测试单位")
			.param("type", "OTHER")
			.param("sortOrder", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "code", "unit.code.taken"))
			.andExpect(content().string(containsString("该单位编码已被其他单位使用")))
			.andExpect(content().string(containsString("重名测试单位")));
	}

	@Test
	void aStationedSquadronMustBeStationedInATown() throws Exception {
		Unit office = this.data.unit(UnitType.OFFICE_SECTION, null);

		this.mvc.perform(asAdmin(post("/admin/units/new")).param("code", OrgTestData.unique("sq"))
			.param("name", "派驻中队")
			.param("type", "STATIONED_SQUADRON")
			.param("sortOrder", "0"))
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "stationedAtId", "unit.stationed-at.required"));
		this.mvc.perform(asAdmin(post("/admin/units/new")).param("code", OrgTestData.unique("sq"))
			.param("name", "派驻中队")
			.param("type", "STATIONED_SQUADRON")
			.param("stationedAtId", String.valueOf(office.getId()))
			.param("sortOrder", "0"))
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "stationedAtId", "unit.stationed-at.not-town"));
	}

	@Test
	void aUnitCannotMoveUnderOneOfItsDescendants() throws Exception {
		Unit top = this.data.unit(UnitType.AUTHORITY, null);
		Unit middle = this.data.unit(UnitType.OFFICE_SECTION, top);
		Unit bottom = this.data.unit(UnitType.DIRECT_SQUADRON, middle);

		this.mvc.perform(asAdmin(post("/admin/units/{id}/edit", top.getId())).param("code", top.getCode())
			.param("name", top.getName())
			.param("type", "AUTHORITY")
			.param("parentId", String.valueOf(bottom.getId()))
			.param("sortOrder", "0"))
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "parentId", "unit.parent.cycle"));
		assertThat(this.units.findById(top.getId()).orElseThrow().getParentId()).isNull();
	}

	@Test
	void movingAUnitRecordsItsParentBeforeAndAfter() throws Exception {
		Unit first = this.data.unit(UnitType.AUTHORITY, null);
		Unit second = this.data.unit(UnitType.AUTHORITY, null);
		Unit moved = this.data.unit(UnitType.OFFICE_SECTION, first);

		this.mvc.perform(asAdmin(post("/admin/units/{id}/edit", moved.getId())).param("code", moved.getCode())
			.param("name", "改名后的科室")
			.param("type", "OFFICE_SECTION")
			.param("parentId", String.valueOf(second.getId()))
			.param("sortOrder", "0")).andExpect(redirectedUrl("/admin/units"));

		String[] states = this.jdbc
			.sql("select before_state::text || '|' || after_state::text from audit_entry"
					+ " where action = 'unit.updated' and subject_id = ?")
			.param(String.valueOf(moved.getId()))
			.query(String.class)
			.single()
			.split("\\|");
		assertThat(states[0]).contains("\"parentId\":" + first.getId());
		assertThat(states[1]).contains("\"parentId\":" + second.getId()).contains("改名后的科室");
	}

	@Test
	void aTownWithStationedSquadronsMustStayATown() throws Exception {
		Unit town = this.data.unit(UnitType.TOWN, null);
		this.data.squadronStationedAt(town);

		this.mvc.perform(asAdmin(post("/admin/units/{id}/edit", town.getId())).param("code", town.getCode())
			.param("name", town.getName())
			.param("type", "OTHER")
			.param("sortOrder", "0"))
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "type", "unit.type.town-has-squadrons"));
	}

	@Test
	void aUnitWithActiveChildrenCannotBeDeactivated() throws Exception {
		Unit parent = this.data.unit(UnitType.AUTHORITY, null);
		Unit child = this.data.unit(UnitType.OFFICE_SECTION, parent);

		this.mvc.perform(asAdmin(post("/admin/units/{id}/deactivate", parent.getId())))
			.andExpect(redirectedUrl("/admin/units"))
			.andExpect(flash().attribute("error", "该单位还有启用中的下级单位，请先停用下级单位。"));
		this.mvc.perform(asAdmin(post("/admin/units/{id}/deactivate", child.getId())))
			.andExpect(flash().attribute("message", "unit.deactivated"));
		this.mvc.perform(asAdmin(post("/admin/units/{id}/deactivate", parent.getId())))
			.andExpect(flash().attribute("message", "unit.deactivated"));

		assertThat(this.units.findById(parent.getId()).orElseThrow().isActive()).isFalse();
		assertThat(auditCount("unit.deactivated", parent.getId())).isEqualTo(1);
	}

	@Test
	void theListShowsTheTreeIndented() throws Exception {
		Unit parent = this.data.unit(UnitType.AUTHORITY, null);
		Unit child = this.data.unit(UnitType.OFFICE_SECTION, parent);

		this.mvc.perform(get("/admin/units").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"depth-1\">" + child.getName() + "</td>")))
			.andExpect(content().string(containsString("机关科室（中心）")));
	}

	@Test
	void theApiCreatesAndUpdatesUnitsWithTheSameRules() throws Exception {
		Unit town = this.data.unit(UnitType.TOWN, null);
		String code = OrgTestData.unique("api-sq");

		String location = this.mvc
			.perform(asAdmin(post("/api/v1/admin/units")).contentType(MediaType.APPLICATION_JSON).content("""
					{"code":"%s","name":"派驻一中队","type":"STATIONED_SQUADRON","stationedAtId":%d,"sortOrder":1}"""
				.formatted(code, town.getId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.stationedAtId").value(town.getId()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith("/api/v1/admin/units/");

		this.mvc.perform(asAdmin(put(location)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"派驻一中队","type":"STATIONED_SQUADRON","sortOrder":1}""".formatted(code)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stationedAtId"))
			.andExpect(jsonPath("$.errors[0].message").value("派驻中队必须选择驻在镇街。"));
	}

	@Test
	void theApiAnswersBadInputWithFieldErrorsInChinese() throws Exception {
		this.mvc.perform(asAdmin(post("/api/v1/admin/units")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"","name":"","sortOrder":1}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("json")))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("请填写单位编码。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("请填写单位名称。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'type')].message").value("请选择单位类型。"));
		this.mvc.perform(asAdmin(post("/api/v1/admin/units")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"x","name":"x","type":"NO_SUCH_TYPE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("无法解析")));
		this.mvc.perform(asAdmin(put("/api/v1/admin/units/{id}", Long.MAX_VALUE)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"x","name":"x","type":"OTHER","sortOrder":0}"""))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiListsTheTreeNested() throws Exception {
		Unit parent = this.data.unit(UnitType.AUTHORITY, null);
		Unit child = this.data.unit(UnitType.OFFICE_SECTION, parent);

		this.mvc.perform(get("/api/v1/admin/units/tree").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '%s')].children[0].code".formatted(parent.getCode()))
				.value(child.getCode()));
		this.mvc.perform(get("/api/v1/admin/units").with(user(this.admin)))
			.andExpect(jsonPath("$[?(@.code == '%s')].depth".formatted(child.getCode())).value(1));
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.admin)).with(csrf());
	}

	private long auditCount(String action, Long subjectId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
			.params(action, String.valueOf(subjectId))
			.query(Long.class)
			.single();
	}

}
