package cn.laurel.campaign;

import java.util.UUID;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.nomination.Images;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The campaign API end to end on PostgreSQL: rules, phase changes, authorisation and the audit trail. */
@LaurelIntegrationTest
class CampaignApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor organiser;

	RequestPostProcessor otherOrganiser;

	RequestPostProcessor clerk;

	RequestPostProcessor endorser;

	Long office;

	@BeforeEach
	void setUp() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.office = this.units.save(new Unit("office-" + suffix, "领导小组办公室", UnitType.OFFICE_SECTION, null)).getId();
		Long otherOffice = this.units.save(new Unit("other-" + suffix, "另一办公室", UnitType.OFFICE_SECTION, null))
			.getId();
		this.organiser = account("org-" + suffix, Role.ORGANISER, this.office, null);
		this.otherOrganiser = account("org2-" + suffix, Role.ORGANISER, otherOffice, null);
		this.clerk = account("clerk-" + suffix, Role.CLERK, this.office, null);
		this.endorser = account("end-" + suffix, Role.ENDORSER, this.office, Capacity.DEPARTMENT_HEAD);
	}

	private RequestPostProcessor account(String username, Role role, Long unit, Capacity capacity) {
		Account account = new Account(username, username, "{noop}x", role, unit, capacity);
		account.changePassword("{noop}unused", java.time.Instant.now()); // past the forced first-login change
		this.accounts.save(account);
		return user(this.users.loadUserByUsername(username));
	}

	private long createCampaign() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/campaigns").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"basics": {"title": "第三届“最美应急人”选树", "edition": "第三届", "hosts": ["浙江省应急管理厅", "中共浙江省委宣传部"],
						            "publicityWorkingDays": 5}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phase").value("PREPARATION"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
	}

	@Test
	void anOrganiserSetsUpSeed002sSegmentsAndEveryChangeIsAudited() throws Exception {
		long id = createCampaign();
		this.mvc.perform(post("/api/v1/campaigns/" + id + "/categories").with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"templateKey": "generic-person",
					 "settings": {"name": "最美应急人", "nomineeKind": "PERSON", "quota": 20,
					              "segments": [{"name": "应急管理系统干部职工", "quota": 15},
					                           {"name": "专业和社会应急救援力量", "quota": 5}]}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.segments.length()").value(2));
		int entries = this.jdbc.sql("select count(*) from audit_entry where campaign_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		assertThat(entries).isEqualTo(3); // campaign created, category created, form v1
		String actor = this.jdbc.sql("select distinct actor from audit_entry where campaign_id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(actor).startsWith("org-");
	}

	@Test
	void aLimitSaysThroughTheApiWhetherItCountsTheUnitsBelowAndCountsTheUnitAloneUnlessTold() throws Exception {
		long id = createCampaign();
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/nomination-limits").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"unitType": "COUNTY", "minCount": 0, "maxCount": 3, "reach": "WITH_UNITS_BELOW"},
						 {"unitType": "CITY_DEPARTMENT", "minCount": 0, "maxCount": 1}]"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationLimits[0].reach").value("WITH_UNITS_BELOW"))
			.andExpect(jsonPath("$.nominationLimits[1].reach").value("UNIT_ALONE"));
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/nomination-limits").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"minCount": 0, "maxCount": 3, "reach": "WITH_UNITS_BELOW"}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nominationLimits[0]"));
	}

	@Test
	void namedChainStepsAreEditedThroughTheApiAndAStepWithoutATitleIsRefused() throws Exception {
		long id = createCampaign();
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/endorsement-chains").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"unitType": "COUNTY", "stepOrder": 1, "title": "组织人事部门意见", "capacity": "PERSONNEL",
						  "endorserUnit": "OWN_UNIT"},
						 {"unitType": "COUNTY", "stepOrder": 2, "title": "纪检监察部门意见", "capacity": "DISCIPLINE",
						  "endorserUnit": "OWN_UNIT", "sealRequired": true, "veto": true, "consultationRequired": true},
						 {"unitType": "TOWN", "stepOrder": 1, "title": "县区党史学习教育领导小组推荐意见",
						  "capacity": "LEADER_IN_CHARGE", "endorserUnit": "PARENT_UNIT", "parentLevel": 2}]"""))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/campaigns/" + id + "/endorsement-chains").with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].parentLevel").value(2))
			.andExpect(jsonPath("$[2].title").value("纪检监察部门意见"))
			.andExpect(jsonPath("$[2].consultationRequired").value(true))
			.andExpect(jsonPath("$[2].veto").value(true));
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/endorsement-chains").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"unitType": "COUNTY", "categoryId": 999999, "stepOrder": 1, "capacity": "PERSONNEL",
						  "endorserUnit": "OWN_UNIT"}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("campaign.rule.step-title"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("审核链第 1 行须填写意见栏名称（不超过 40 字），按推荐表原文，如“部门负责人意见”。"))
			.andExpect(jsonPath("$.errors[1].code").value("campaign.rule.step-unknown-category"));
	}

	@Test
	void theOrganiserSetsTheIssuingBodyAndTheContactForObjectionsThroughTheApiAndPageAndOnlyAPngSeal()
			throws Exception {
		long id = createCampaign();
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/issuer").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"issuingBody\": \"洛阳市委党史学习教育领导小组\", \"objectionPhone\": \"不知道\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("objectionPhone"));
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/issuer").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"issuingBody": " 洛阳市委党史学习教育领导小组 ", "objectionPhone": "0379-63939386",
						 "objectionAddress": "市党政办公大楼1920房间", "objectionMethod": "来信来电均可"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issuingBody").value("洛阳市委党史学习教育领导小组"))
			.andExpect(jsonPath("$.hasSeal").value(false));
		this.mvc.perform(multipart("/campaigns/" + id + "/issuer/seal")
				.file(new MockMultipartFile("seal", "seal.jpg", "image/png", jpeg()))
				.with(this.organiser).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sealErrors", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.containsString("印章须为 PNG 图片"))));
		this.mvc.perform(multipart("/campaigns/" + id + "/issuer/seal")
				.file(new MockMultipartFile("seal", "seal.png", "image/png", Images.hugePng(20000, 20000)))
				.with(this.organiser).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sealErrors", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.containsString("20000 × 20000 像素，超过 40 百万像素的上限"))));
		this.mvc.perform(multipart("/campaigns/" + id + "/issuer/seal")
				.file(new MockMultipartFile("seal", "seal.png", "image/png", png()))
				.with(this.organiser).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "campaign.pages.issuer.seal-saved"));
		this.mvc.perform(get("/api/v1/campaigns/" + id + "/issuer").with(this.organiser))
			.andExpect(jsonPath("$.objectionAddress").value("市党政办公大楼1920房间"))
			.andExpect(jsonPath("$.hasSeal").value(true));
		this.mvc.perform(get("/campaigns/" + id + "/issuer").with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0379-63939386")));
	}

	private static byte[] png() throws java.io.IOException {
		return image("png");
	}

	private static byte[] jpeg() throws java.io.IOException {
		return image("jpg");
	}

	private static byte[] image(String format) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
				format, out);
		return out.toByteArray();
	}

	@Test
	void theOrganiserAsksForTheUnitsOwnPublicityThroughTheApiAndTooFewDaysAreRefused() throws Exception {
		long id = createCampaign();
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/unit-publicity").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"required\": true, \"workingDays\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/unit-publicity").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"required\": true, \"workingDays\": 3}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitPublicity.required").value(true))
			.andExpect(jsonPath("$.unitPublicity.workingDays").value(3));
	}

	@Test
	void theNominatingUnitsAreSetThroughTheApiAndAnUnknownUnitIsRefusedInChinese() throws Exception {
		long id = createCampaign();
		Long squadron = this.units.save(new Unit("sq-" + UUID.randomUUID().toString().substring(0, 8), "直属一中队",
				UnitType.DIRECT_SQUADRON, this.office)).getId();

		this.mvc.perform(put("/api/v1/campaigns/" + id + "/scope").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("[" + squadron + ", 999999999]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitIds[1]"))
			.andExpect(jsonPath("$.errors[0].message").value("所选单位不存在（可能已被删除），请重新选择。"));
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/scope").with(this.otherOrganiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("[" + squadron + "]"))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/scope").with(this.organiser).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("[" + squadron + "]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopeUnitIds[0]").value(squadron));
	}

	@Test
	void segmentsNotSummingToTheQuotaAreRefusedInChineseAndNothingIsSaved() throws Exception {
		long id = createCampaign();
		this.mvc.perform(post("/api/v1/campaigns/" + id + "/categories").with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"templateKey": "generic-person",
					 "settings": {"name": "最美应急人", "nomineeKind": "PERSON", "quota": 20,
					              "segments": [{"name": "甲", "quota": 15}, {"name": "乙", "quota": 4}]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("campaign.rule.segments-sum-to-quota"))
			.andExpect(jsonPath("$.errors[0].message").value("各分段名额之和（19）须等于奖项名额（20）。"));
		this.mvc.perform(get("/api/v1/campaigns/" + id).with(this.organiser))
			.andExpect(jsonPath("$.categories.length()").value(0));
	}

	@Test
	void openingNominationsIsRefusedUntilTheCampaignIsConfigured() throws Exception {
		long id = createCampaign();
		this.mvc.perform(post("/api/v1/campaigns/" + id + "/advance").with(this.organiser).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.hasItems(
					"campaign.ready.needs-category", "campaign.rule.mandatory-phase-missing")));
		this.mvc.perform(get("/api/v1/campaigns/" + id).with(this.organiser))
			.andExpect(jsonPath("$.campaign.phase").value("PREPARATION"));
	}

	@Test
	void aConfiguredCampaignOpensNominationsAndTheTransitionIsAudited() throws Exception {
		long id = createCampaign();
		this.mvc.perform(post("/api/v1/campaigns/" + id + "/categories").with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"templateKey": "seed003-person", "settings": {"name": "党员服务标兵", "nomineeKind": "PERSON", "quota": 30}}"""))
			.andExpect(status().isCreated());
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/schedule").with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					[{"phase": "NOMINATION", "startsOn": "2026-11-01", "endsOn": "2026-12-30"},
					 {"phase": "PRELIMINARY_REVIEW", "startsOn": "2026-12-31", "endsOn": "2027-01-07"},
					 {"phase": "DECISION", "startsOn": "2027-01-08", "endsOn": "2027-01-10"},
					 {"phase": "ANNOUNCEMENT", "startsOn": "2027-01-11", "endsOn": "2027-01-20"}]"""))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/campaigns/" + id + "/advance").with(this.organiser).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("NOMINATION"));
		String after = this.jdbc
			.sql("select after_state::text from audit_entry where campaign_id = ? and action = 'campaign.phase-advanced'")
			.param(id)
			.query(String.class)
			.single();
		assertThat(after).contains("NOMINATION");
	}

	@Test
	void theFormIsVersionedAndEarlierVersionsStay() throws Exception {
		long id = createCampaign();
		String category = this.mvc.perform(post("/api/v1/campaigns/" + id + "/categories").with(this.organiser)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"templateKey": "seed000-person", "settings": {"name": "最美综合执法人", "nomineeKind": "PERSON", "quota": 10}}"""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long categoryId = Long.parseLong(category.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		this.mvc.perform(post("/api/v1/categories/" + categoryId + "/forms").with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"templateKey": "seed000-person", "title": "申报表（修订）", "sealedScanRequired": true,
					 "photos": {"min": 1, "max": 2, "portrait": false},
					 "fields": [{"key": "name", "label": "姓名", "type": "TEXT", "required": true},
					            {"key": "deeds", "label": "主要事迹", "type": "TEXTAREA", "required": true, "maxChars": 300}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(get("/api/v1/categories/" + categoryId + "/forms").with(this.organiser))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].definition.fields.length()").value(12));
	}

	@Test
	void onlyTheOrganisingOfficeAndAdminsMayTouchACampaign() throws Exception {
		long id = createCampaign();
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.otherOrganiser, this.clerk,
				this.endorser }) {
			this.mvc.perform(get("/api/v1/campaigns/" + id).with(outsider)).andExpect(status().isForbidden());
			this.mvc.perform(put("/api/v1/campaigns/" + id + "/basics").with(outsider).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"篡改\", \"publicityWorkingDays\": 3}")).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/campaigns").with(this.clerk)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/campaigns").with(this.otherOrganiser))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void aCookieSessionCannotChangeACampaignWithoutTheCsrfToken() throws Exception {
		long id = createCampaign();
		this.mvc.perform(put("/api/v1/campaigns/" + id + "/basics").with(this.organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"新标题\", \"publicityWorkingDays\": 3}")).andExpect(status().isForbidden());
	}

}
