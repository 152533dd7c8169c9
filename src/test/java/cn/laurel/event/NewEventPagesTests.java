package cn.laurel.event;

import java.time.LocalDate;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organiser's two ways to an event besides the templates: the blank "new event" form, refused in Chinese with
 * what was typed kept, and the 发布仪式 offered on the event list for a campaign made from a seed plan.
 */
@LaurelIntegrationTest
class NewEventPagesTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	CampaignTemplates campaignTemplates;

	@Autowired
	EventPlanning planning;

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
	void aBlankEventIsRefusedInChineseKeepingWhatWasTypedThenCreated() throws Exception {
		this.mvc.perform(get("/events").with(this.organiser))
			.andExpect(content().string(containsString("href=\"/events/new\"")));
		this.mvc.perform(get("/events/new").with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("政务开放日", "发布仪式", "其他活动")));

		this.mvc.perform(post("/events/new").with(this.organiser).with(csrf())
			.param("kind", "OPEN_DAY")
			.param("title", "")
			.param("theme", "提升服务效能，打造阳光政务")
			.param("heldOn", "2026-05-30")
			.param("places", "XX坝秸秆收储中心\nXX镇人民政府"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写活动名称。")))
			.andExpect(content().string(containsString("value=\"提升服务效能，打造阳光政务\"")))
			.andExpect(content().string(containsString("XX坝秸秆收储中心\nXX镇人民政府</textarea>")))
			.andExpect(content().string(containsString("value=\"2026-05-30\"")))
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc.perform(post("/events/new").with(this.organiser).with(csrf())
			.param("kind", "OPEN_DAY")
			.param("title", "政务开放日")
			.param("heldOn", "2026-05-30")
			.param("startsAt", "11:00")
			.param("endsAt", "09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束时间应晚于开始时间。")))
			.andExpect(content().string(containsString("value=\"政务开放日\"")));
		this.mvc.perform(post("/events/new").with(this.organiser).with(csrf())
			.param("kind", "CEREMONY")
			.param("title", "发布仪式")
			.param("heldOn", "2026-05-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布仪式须属于一个评选活动。")));

		String plan = this.mvc.perform(post("/events/new").with(this.organiser).with(csrf())
			.param("kind", "OPEN_DAY")
			.param("title", "2026年“政务开放日”活动")
			.param("theme", "提升服务效能，打造阳光政务")
			.param("heldOn", "2026-05-30")
			.param("startsAt", "09:00")
			.param("endsAt", "11:30")
			.param("objectives", "邀请群众走进机关"))
			.andExpect(redirectedUrlPattern("/events/*/plan"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(plan.replaceAll("\\D", ""));
		Event event = as(this.scenario.organiser, () -> this.planning.overview(id)).event();
		assertThat(event.getKind()).isEqualTo(EventKind.OPEN_DAY);
		assertThat(event.getDetails().objectives()).isEqualTo("邀请群众走进机关");
		assertThat(event.getOrganiserUnitId()).isEqualTo(this.scenario.office.getId());
	}

	@Test
	void theEventListOffersTheCeremonyOfACampaignMadeFromSeed001() throws Exception {
		Campaign campaign = as(this.scenario.organiser,
				() -> this.campaignTemplates.create(this.scenario.office.getId(), "seed001", LocalDate.of(2026, 3, 1)));
		String offer = "action=\"/events/ceremony-offers/" + campaign.getId() + "\"";
		this.mvc.perform(get("/events").with(this.organiser))
			.andExpect(content().string(containsString(offer)))
			.andExpect(content().string(containsString(campaign.getTitle())));

		String created = this.mvc
			.perform(post("/events/ceremony-offers/" + campaign.getId()).with(this.organiser).with(csrf())
				.param("heldOn", "2026-12-08"))
			.andExpect(redirectedUrlPattern("/events/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.replaceAll("\\D", ""));
		Event ceremony = as(this.scenario.organiser, () -> this.planning.overview(id)).event();
		assertThat(ceremony.getKind()).isEqualTo(EventKind.CEREMONY);
		assertThat(ceremony.getCampaignId()).isEqualTo(campaign.getId());
		this.mvc.perform(get("/events").with(this.organiser))
			.andExpect(content().string(not(containsString(offer))));
	}

}
