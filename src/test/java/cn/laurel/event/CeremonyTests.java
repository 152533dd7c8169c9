package cn.laurel.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.award.DecidedCampaigns;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.publicity.PublicityFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 发布仪式 for a decided campaign (seed 000's ceremony template): the run of show drawn from the decision and
 * rearranged, the 大屏 stepping through the honourees in that order, the live stream on the public honour roll.
 */
@LaurelIntegrationTest
@Import(PublicityFixtures.Beans.class)
class CeremonyTests {

	private static final String STREAM = "https://live.example.cn/ceremony";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventTemplates templates;

	@Autowired
	EventPlanning planning;

	@Autowired
	Ceremonies ceremonies;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theCeremonyPresentsTheHonoureesInTheRunOfShowsOrderAndTheRollShowsItsLiveStream() throws Exception {
		NominationScenario scenario = this.scenarios.create();
		Category category = PublicityFixtures.openCategory(scenario, NomineeKind.PERSON);
		long campaignId = category.getCampaignId();
		Event ceremony = as(scenario.organiser, () -> this.templates.create(scenario.office.getId(),
				"seed000-ceremony", LocalDate.of(2026, 12, 8), campaignId));
		long id = ceremony.getId();
		assertThat(ceremony.getTitle()).endsWith("发布仪式");
		assertThatThrownBy(() -> as(scenario.organiser, () -> this.ceremonies.draw(id)))
			.hasMessage("event.show.no-decision");

		List<Nomination> made = DecidedCampaigns.decide(this.context, scenario, category, List.of("周一", "孙二", "郑三"));
		List<ShowItem> drawn = as(scenario.organiser, () -> this.ceremonies.draw(id));
		assertThat(drawn).extracting(ShowItem::displayName).containsExactly("周一", "孙二", "郑三");
		as(scenario.organiser, () -> this.ceremonies.arrange(id,
				List.of(new Ceremonies.Arrangement(made.get(2).getId(), "局党组书记"),
						new Ceremonies.Arrangement(made.get(0).getId(), null),
						new Ceremonies.Arrangement(made.get(1).getId(), "分管局领导"))));

		// 孙二's photo is gone: the 大屏 shows a name block instead of an image that cannot load
		this.jdbc.sql("delete from nomination_file where nomination_id = ? and purpose = 'PHOTO'")
			.param(made.get(1).getId())
			.update();

		var organiser = user(this.users.loadUserByUsername(scenario.organiser.getUsername()));
		this.mvc.perform(get("/events/" + id + "/screen").with(organiser))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("郑三", "颁奖嘉宾：局党组书记", "周一", "孙二", "颁奖嘉宾：分管局领导")))
			.andExpect(content().string(containsString("/events/" + id + "/screen/photos/" + made.get(2).getId())))
			.andExpect(content().string(not(containsString("/screen/photos/" + made.get(1).getId()))))
			.andExpect(content().string(containsString("<div class=\"slide-photo slide-initial\" aria-hidden=\"true\">孙</div>")))
			.andExpect(content().string(containsString("aria-hidden=\"true\" hidden=\"hidden\">郑</div>")));
		this.mvc.perform(get("/events/" + id + "/screen/photos/" + made.get(0).getId()).with(organiser))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));

		Event planned = as(scenario.organiser, () -> this.planning.overview(id)).event();
		Event.Details d = planned.getDetails();
		as(scenario.organiser, () -> this.planning.describe(id, new Event.Details(d.kind(), d.title(), d.theme(),
				d.heldOn(), LocalTime.of(9, 30), null, d.places(), d.objectives(), d.topics(), STREAM)));
		scenario.skipTo(campaignId, CampaignPhase.ANNOUNCEMENT);
		this.mvc.perform(get("/public/honours/" + campaignId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + STREAM + "\"")))
			.andExpect(content().string(containsString("观看直播：" + d.title())));
	}

}
