package cn.laurel.event;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 004's 政务开放日 driven through the JSON API alone, as a script would: from its template to the report's counts,
 * with the quota refusing one participant too many; the blank event; the 发布仪式 offered for a campaign made from seed
 * 000; and nothing of it for another office's organiser. Errors are asserted by status and their {@code detail}.
 */
@LaurelIntegrationTest
class EventApiTests {

	private static final String REPRESENTATIVES = "基层“两代表一委员”代表";

	private static final String RESIDENTS = "基层群众代表";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	CampaignTemplates campaignTemplates;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	NominationScenario scenario;

	RequestPostProcessor organiser;

	@BeforeEach
	void anOrganiser() {
		this.scenario = this.scenarios.create();
		this.organiser = user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
	}

	@Test
	void seed004sOpenDayFromTemplateToReport() throws Exception {
		long id = created(send(post("/api/v1/events"), """
				{"template": "seed004-open-day", "heldOn": "2022-05-30"}"""));
		String groups = read(get("/api/v1/events/" + id + "/groups"));
		long representatives = groupId(groups, REPRESENTATIVES);
		long residents = groupId(groups, RESIDENTS);

		// the office seats two representatives only this time; the third is one too many
		send(put("/api/v1/events/" + id + "/groups"), """
				[{"id": %d, "name": "%s", "quota": 2, "openSignUp": false},
				 {"id": %d, "name": "%s", "quota": 5, "openSignUp": true},
				 {"name": "企业代表", "quota": 5, "openSignUp": false}]""".formatted(representatives,
				REPRESENTATIVES.replace("\"", "\\\""), residents, RESIDENTS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].quota").value(2));
		send(post("/api/v1/events/" + id + "/status"), "{\"to\": \"OPEN\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		long invited = created(invite(id, representatives, "代表甲"));
		created(invite(id, representatives, "代表乙"));
		invite(id, representatives, "代表丙").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("名额已满")));

		String residentPhone = OpenDayWalkTests.phone();
		String key = JsonPath.read(read(get("/api/v1/events/" + id)), "$.event.publicKey");
		this.mvc
			.perform(post("/public/events/" + key + "/sign-up").with(csrf())
				.param("groupId", String.valueOf(residents))
				.param("name", "李群众")
				.param("phone", residentPhone))
			.andExpect(status().is3xxRedirection());
		List<Integer> applied = JsonPath.read(read(get("/api/v1/events/" + id)),
				"$.participants[?(@.status == 'APPLIED')].id");
		assertThat(applied).hasSize(1);
		long applicant = applied.get(0);
		send(post("/api/v1/events/" + id + "/participants/" + applicant + "/approval"), "{\"approved\": true}")
			.andExpect(status().isOk());

		send(post("/api/v1/events/" + id + "/status"), "{\"to\": \"UNDER_WAY\"}").andExpect(status().isOk());
		send(post("/api/v1/events/" + id + "/participants/" + applicant + "/check-in"), "").andExpect(status().isOk());
		send(post("/api/v1/events/" + id + "/participants/" + invited + "/check-in"), "").andExpect(status().isOk());

		long opinion = created(send(post("/api/v1/events/" + id + "/opinions"), """
				{"topic": "热点问题和民生事项", "content": "村里道路需要硬化。", "authorName": "李群众"}"""));
		send(put("/api/v1/events/" + id + "/opinions/" + opinion + "/reply"), "{\"text\": \"已列入计划。\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		send(put("/api/v1/events/" + id + "/opinions/" + opinion + "/owner"), "{\"text\": \"镇交通办\"}")
			.andExpect(status().isOk());
		send(put("/api/v1/events/" + id + "/opinions/" + opinion + "/reply"),
				"{\"text\": \"已列入明年道路硬化计划。\"}")
			.andExpect(status().isOk());
		created(send(post("/api/v1/events/" + id + "/opinions"), """
				{"topic": "政策解读", "content": "希望多讲惠农补贴政策。"}"""));

		this.mvc.perform(get("/api/v1/events/" + id + "/report").with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.replied").value(1))
			.andExpect(jsonPath("$.topics[?(@.topic == '热点问题和民生事项')].received").value(hasItem(1)))
			.andExpect(jsonPath("$.topics[?(@.topic == '热点问题和民生事项')].replied").value(hasItem(1)))
			.andExpect(jsonPath("$.topics[?(@.topic == '政策解读')].replied").value(hasItem(0)))
			.andExpect(jsonPath("$.opinions[0].owner").value("镇交通办"));
		this.mvc.perform(get("/api/v1/events/" + id).with(this.organiser))
			.andExpect(jsonPath("$.groups[0].seated").value(2))
			.andExpect(jsonPath("$.groups[0].checkedIn").value(1))
			.andExpect(jsonPath("$.groups[1].checkedIn").value(1))
			.andExpect(jsonPath("$.participants[*].phone").value(not(hasItem(residentPhone))));
		this.mvc.perform(get("/api/v1/events/" + id + "/report.xlsx").with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theAgendaIsEditedReorderedAndShortenedAsAWhole() throws Exception {
		long id = created(send(post("/api/v1/events"), """
				{"template": "seed004-open-day", "heldOn": "2022-05-30"}"""));
		List<String> titles = JsonPath.read(read(get("/api/v1/events/" + id + "/agenda")), "$[*].title");
		assertThat(titles).containsExactly("实地观摩", "机关参观", "情况汇报", "政策宣讲", "答疑解惑", "意见征集");
		send(put("/api/v1/events/" + id + "/agenda"), """
				[{"title": "机关参观", "presenter": "镇长XX"},
				 {"title": "实地观摩", "place": "XX坝秸秆收储中心", "startsAt": "09:00", "endsAt": "10:00"},
				 {"part": "召开座谈会", "title": "意见征集"}]""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(org.hamcrest.Matchers.contains("机关参观", "实地观摩", "意见征集")))
			.andExpect(jsonPath("$[1].startsAt").value(startsWith("09:00")));
		send(put("/api/v1/events/" + id + "/agenda"), """
				[{"title": "实地观摩", "startsAt": "10:00", "endsAt": "09:00"}]""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("结束时间应晚于开始时间")));
		send(put("/api/v1/events/" + id + "/details"), """
				{"title": "2022年“政务开放日”活动", "theme": "提升服务效能，打造阳光政务", "heldOn": "2022-06-01",
				 "topics": ["政策解读"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.heldOn").value("2022-06-01"));
	}

	@Test
	void aBlankEventIsRefusedInChineseUntilItNamesItselfAndItsDay() throws Exception {
		send(post("/api/v1/events/blank"), """
				{"details": {"kind": "OTHER", "theme": "打造阳光政务", "heldOn": "2026-09-01"}}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("请填写活动名称。"));
		send(post("/api/v1/events/blank"), """
				{"details": {"kind": "CEREMONY", "title": "发布仪式", "heldOn": "2026-09-01"}}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("评选活动")));
		long id = created(send(post("/api/v1/events/blank"), """
				{"details": {"kind": "OTHER", "title": "企业座谈会", "heldOn": "2026-09-01", "startsAt": "14:30",
				             "places": "镇政府大会议室", "objectives": "听取企业意见"},
				 "groups": [{"name": "企业代表", "quota": 12, "openSignUp": true}]}"""));
		this.mvc.perform(get("/api/v1/events/" + id).with(this.organiser))
			.andExpect(jsonPath("$.event.kind").value("OTHER"))
			.andExpect(jsonPath("$.details.places").value("镇政府大会议室"))
			.andExpect(jsonPath("$.groups[0].quota").value(12));
	}

	@Test
	void aCampaignFromSeed000IsOfferedItsCeremonyOnce() throws Exception {
		Campaign campaign = as(this.scenario.organiser,
				() -> this.campaignTemplates.create(this.scenario.office.getId(), "seed000", LocalDate.of(2026, 3, 1)));
		String offered = "$[?(@.campaignId == " + campaign.getId() + ")]";
		this.mvc.perform(get("/api/v1/events/ceremony-offers").with(this.organiser))
			.andExpect(jsonPath(offered + ".template").value(hasItem("seed000-ceremony")));
		RequestPostProcessor stranger = user(
				this.users.loadUserByUsername(this.scenarios.create().organiser.getUsername()));
		this.mvc.perform(get("/api/v1/events/ceremony-offers").with(stranger))
			.andExpect(jsonPath(offered).isEmpty());
		this.mvc.perform(post("/api/v1/events/ceremony-offers/" + campaign.getId()).with(stranger).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\": \"2026-12-08\"}")).andExpect(status().isForbidden());

		send(post("/api/v1/events/ceremony-offers/" + campaign.getId()), "{\"heldOn\": \"2026-12-08\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("CEREMONY"))
			.andExpect(jsonPath("$.campaignId").value(campaign.getId()))
			.andExpect(jsonPath("$.title").value(containsString("发布仪式")));
		this.mvc.perform(get("/api/v1/events/ceremony-offers").with(this.organiser))
			.andExpect(jsonPath(offered).isEmpty());
		send(post("/api/v1/events/ceremony-offers/" + campaign.getId()), "{\"heldOn\": \"2026-12-09\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherOfficesOrganiserIsTurnedAway() throws Exception {
		long id = created(send(post("/api/v1/events"), """
				{"template": "seed004-open-day", "heldOn": "2022-05-30"}"""));
		RequestPostProcessor stranger = user(
				this.users.loadUserByUsername(this.scenarios.create().organiser.getUsername()));
		this.mvc.perform(get("/api/v1/events/" + id).with(stranger))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.mvc.perform(put("/api/v1/events/" + id + "/groups").with(stranger).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("[]")).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/events/" + id + "/participants.xlsx").with(stranger))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/events").with(stranger))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void theOpenApiDescriptionListsTheEventEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/events/{eventId}/groups'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/events/{eventId}/agenda'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/events/{eventId}/show'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/events/blank'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/events/ceremony-offers/{campaignId}'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/events/{eventId}/participants.xlsx'].get").exists());
	}

	private ResultActions invite(long eventId, long groupId, String name) throws Exception {
		return send(post("/api/v1/events/" + eventId + "/participants"), """
				{"groupId": %d, "name": "%s", "organisation": "XX村", "phone": "%s"}"""
			.formatted(groupId, name, OpenDayWalkTests.phone()));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(request.with(this.organiser).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private String read(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.organiser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long created(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static long groupId(String groups, String name) {
		List<Number> ids = JsonPath.read(groups, "$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

}
