package cn.laurel.scoring;

import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static cn.laurel.nomination.NominationScenario.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A category's 评选标准, set on its settings page or through the API, are what the clerk reads above the form, the
 * judge beside the sheet and the public on the candidate's page, paragraph by paragraph and never as markup. Here in
 * the scoring package, whose panel the judge sits on.
 */
@LaurelIntegrationTest
class CriteriaPagesTests {

	/** Seed 000's first two aspects, with markup typed into the second that must come out as text. */
	static final String CRITERIA = """
			（一）思想道德方面。弘扬中华民族传统美德，孝老敬亲，家庭和睦。

			（二）为民服务方面。<b>见义勇为</b>，其先进事迹在群众中反响较大。""";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	@Test
	void theClerkTheJudgeAndThePublicReadTheCategorysCriteriaAsPlainParagraphs() throws Exception {
		ScoringScenario scenario = new ScoringScenario(this.context);
		Category category = scenario.category("最美综合执法人", 10, List.of(), List.of());
		long campaignId = scenario.campaign.getId();
		this.mvc
			.perform(post("/campaigns/" + campaignId + "/categories/" + category.getId()).with(user(scenario.organiser))
				.with(csrf())
				.param("name", "最美综合执法人")
				.param("nomineeKind", "PERSON")
				.param("quota", "10")
				.param("sortOrder", "1")
				.param("criteria", CRITERIA))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/categories/" + category.getId()).with(user(scenario.organiser)))
			.andExpect(jsonPath("$.criteria").value(
					"（一）思想道德方面。弘扬中华民族传统美德，孝老敬亲，家庭和睦。\n（二）为民服务方面。<b>见义勇为</b>，其先进事迹在群众中反响较大。"));
		this.mvc.perform(get("/campaigns/" + campaignId + "/categories/" + category.getId())
			.with(user(scenario.organiser))).andExpect(content().string(containsString("（二）为民服务方面。")));

		scenario.advanceTo(CampaignPhase.NOMINATION);
		Unit squadron = scenario.unit(UnitType.DIRECT_SQUADRON, scenario.office);
		LaurelUser clerk = scenario.account(Role.CLERK, squadron);
		long draft = as(clerk, () -> this.workflow.startDraft(category.getId()).getId());
		this.mvc.perform(get("/nominations/" + draft).with(user(clerk))).andExpect(showsTheCriteria());

		scenario.advanceTo(CampaignPhase.EVALUATION);
		long candidate = scenario.candidate(category, squadron, "王执法", null);
		Panel panel = scenario.panel(new Panel.Settings("评选领导小组", ScoringScenario.LEADING_GROUP, PanelMode.BALLOT,
				List.of(), Aggregation.MEAN, false, RecusalScope.OWN_UNIT), category);
		LaurelUser judge = scenario.seat(panel, "评委甲", null);
		this.mvc.perform(get("/judging/panels/" + panel.id() + "/candidates/" + candidate).with(user(judge)))
			.andExpect(showsTheCriteria());
		this.mvc.perform(get("/public/vote/candidates/" + candidate)).andExpect(showsTheCriteria());
	}

	@Test
	void theApiSetsTheCriteriaWithTheOtherSettingsAndRefusesTooLongATextInChinese() throws Exception {
		ScoringScenario scenario = new ScoringScenario(this.context);
		Category category = scenario.category("最美综合执法人", 10, List.of(), List.of());
		String settings = """
				{"name": "最美综合执法人", "nomineeKind": "PERSON", "quota": 10, "sortOrder": 1, "criteria": "%s"}""";
		this.mvc.perform(put("/api/v1/categories/" + category.getId()).with(user(scenario.organiser)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(settings.formatted("（三）执法办案方面。\\n\\n（四）攻坚克难方面。")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria").value("（三）执法办案方面。\n（四）攻坚克难方面。"));
		this.mvc.perform(put("/api/v1/categories/" + category.getId()).with(user(scenario.organiser)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(settings.formatted("标".repeat(4001))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("评选标准最多 4000 字")));
	}

	/** The heading, each paragraph as its own, and the typed markup escaped. */
	static ResultMatcher showsTheCriteria() {
		return result -> {
			status().isOk().match(result);
			content().string(containsString("评选标准")).match(result);
			content().string(containsString(">（一）思想道德方面。弘扬中华民族传统美德，孝老敬亲，家庭和睦。</p>")).match(result);
			content().string(containsString("（二）为民服务方面。&lt;b&gt;见义勇为&lt;/b&gt;")).match(result);
			content().string(not(containsString("<b>见义勇为</b>"))).match(result);
		};
	}

}
