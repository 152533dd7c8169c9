package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A judge's side on PostgreSQL: recusals, drafts, submitting all at once, and seeing only their own sheets. */
@LaurelIntegrationTest
class JudgingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Judging judging;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	ScoringScenario scenario;

	Category category;

	Unit bureau;

	Unit squadron;

	Unit section;

	@BeforeEach
	void evaluating() {
		this.scenario = new ScoringScenario(this.context);
		this.category = this.scenario.category("最美综合执法人", 10, List.of(), List.of());
		this.bureau = this.scenario.unit(UnitType.AUTHORITY, null);
		this.squadron = this.scenario.unit(UnitType.DIRECT_SQUADRON, this.bureau);
		this.section = this.scenario.unit(UnitType.OFFICE_SECTION, this.bureau);
		this.scenario.advanceTo(CampaignPhase.EVALUATION);
	}

	Panel supervisors(RecusalScope scope) {
		return this.scenario.panel(new Panel.Settings("社会监督员", ScoringScenario.SUPERVISORS, PanelMode.SCORES,
				aspects(), Aggregation.TRIMMED_MEAN, false, scope), this.category);
	}

	static List<Criterion> aspects() {
		return List.of(new Criterion("思想道德", BigDecimal.valueOf(25)), new Criterion("为民服务", BigDecimal.valueOf(25)),
				new Criterion("执法办案", BigDecimal.valueOf(25)), new Criterion("攻坚克难", BigDecimal.valueOf(25)));
	}

	LaurelUser seat(Panel panel, String name, Unit unit) {
		return this.scenario.seat(panel, name, unit);
	}

	static List<BigDecimal> points(int... values) {
		return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

	@Test
	void aJudgeIsRecusedAutomaticallyFromCandidatesOfTheirOwnUnit() {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long own = this.scenario.candidate(this.category, this.squadron, "王同事", null);
		long other = this.scenario.candidate(this.category, this.section, "李外单位", null);
		LaurelUser judge = seat(panel, "张监督", this.squadron);

		List<Long> queue = as(judge, () -> this.judging.queue(panel.id()))
			.stream().map(item -> item.candidate().id()).toList();

		assertThat(queue).contains(other).doesNotContain(own);
		assertThatThrownBy(() -> as(judge, () -> this.judging.dossier(panel.id(), own)))
			.isInstanceOf(ScoringNotFound.class);
		assertThatThrownBy(() -> as(judge, () -> this.judging.save(panel.id(), own, points(20, 20, 20, 20), null, null)))
			.isInstanceOf(ScoringNotFound.class);
		CampaignScoring scoring = as(this.scenario.organiser, () -> this.evaluations.of(this.scenario.campaign.getId()));
		assertThat(scoring.recusals()).singleElement().satisfies(recusal -> {
			assertThat(recusal.candidateId()).isEqualTo(own);
			assertThat(recusal.relation()).isEqualTo(UnitRelation.SAME_UNIT);
			assertThat(recusal.reason()).isEqualTo(RecusalReason.SAME_UNIT);
		});
	}

	@Test
	void withParentAndChildUnitsAJudgeOfTheBureauIsRecusedFromItsSquadronsCandidates() {
		Panel panel = supervisors(RecusalScope.PARENT_AND_CHILD_UNITS);
		long below = this.scenario.candidate(this.category, this.squadron, "赵中队", null);
		long elsewhere = this.scenario.candidate(this.category, this.scenario.unit(UnitType.TOWN, null), "钱镇街", null);
		LaurelUser judge = seat(panel, "孙领导", this.bureau);

		assertThat(as(judge, () -> this.judging.queue(panel.id()))).extracting(item -> item.candidate().id())
			.containsExactly(elsewhere);
		CampaignScoring scoring = as(this.scenario.organiser, () -> this.evaluations.of(this.scenario.campaign.getId()));
		assertThat(scoring.recusals()).singleElement().satisfies(recusal -> {
			assertThat(recusal.candidateId()).isEqualTo(below);
			assertThat(recusal.relation()).isEqualTo(UnitRelation.PARENT_UNIT);
		});
	}

	@Test
	void aDeclaredRecusalTakesTheCandidateOutOfTheQueueAndIsListedAndExported() throws Exception {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long cousin = this.scenario.candidate(this.category, this.section, "周表亲", null);
		long other = this.scenario.candidate(this.category, this.section, "吴无关", null);
		this.scenario.candidate(this.category, this.squadron, "郑同单位", null);
		LaurelUser judge = seat(panel, "冯监督", this.squadron);
		as(judge, () -> this.judging.save(panel.id(), cousin, Arrays.asList(BigDecimal.TEN, null, null, null), null,
				"草稿"));

		assertThatThrownBy(() -> as(judge, () -> this.judging.recuse(panel.id(), cousin, RecusalReason.OTHER, " ")))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(v -> v.code()).containsExactly("scoring.rule.recusal-note-required"));
		as(judge, () -> this.judging.recuse(panel.id(), cousin, RecusalReason.RELATIVE, "表兄弟"));

		assertThat(as(judge, () -> this.judging.queue(panel.id()))).extracting(item -> item.candidate().id())
			.containsExactly(other);
		assertThat(this.jdbc.sql("select count(*) from scoring_sheet where nomination_id = ?").param(cousin)
			.query(Long.class).single()).isZero();
		this.mvc.perform(get("/campaigns/" + this.scenario.campaign.getId() + "/scoring/recusals")
				.with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周表亲")))
			.andExpect(content().string(containsString("亲属关系")))
			.andExpect(content().string(containsString("郑同单位")))
			.andExpect(content().string(containsString("自动回避")));
		byte[] xlsx = this.mvc.perform(get("/campaigns/" + this.scenario.campaign.getId() + "/scoring/recusals.xlsx")
				.with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.cells(xlsx, 0)).anySatisfy(row -> assertThat(row).contains("周表亲", "本人申报", "亲属关系", "表兄弟"))
			.anySatisfy(row -> assertThat(row).contains("郑同单位", "自动回避", "本单位"));
	}

	@Test
	void aJudgeSavesDraftsAndSubmitsEverySheetAtOnce() {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long first = this.scenario.candidate(this.category, this.section, "陈一", null);
		long second = this.scenario.candidate(this.category, this.section, "褚二", null);
		LaurelUser judge = seat(panel, "卫监督", null);

		as(judge, () -> this.judging.save(panel.id(), first, points(23, 24, 22, 23), null, "事迹突出"));
		as(judge, () -> this.judging.save(panel.id(), second, points(20, 21), null, null));
		assertThatThrownBy(() -> as(judge, () -> this.judging.submit(panel.id())))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(v -> v.code()).containsExactly("scoring.rule.sheets-incomplete"));
		assertThatThrownBy(() -> as(judge, () -> this.judging.save(panel.id(), second, points(20, 21, 26, 20), null,
				null)))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(v -> v.field()).containsExactly("points[2]"));

		as(judge, () -> this.judging.save(panel.id(), second, points(20, 21, 22, 20), null, null));
		as(judge, () -> this.judging.submit(panel.id()));

		assertThat(as(judge, () -> this.judging.seat(panel.id())).closedBecause())
			.isEqualTo("scoring.judging.closed.submitted");
		assertThatThrownBy(() -> as(judge, () -> this.judging.save(panel.id(), first, points(1, 1, 1, 1), null, null)))
			.isInstanceOf(ScoringRefused.class);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'scoring.sheets-submitted'"
				+ " and campaign_id = ?").param(this.scenario.campaign.getId()).query(Long.class).single()).isOne();
	}

	@Test
	void theOfficeReturnsASubmissionForAReasonAndTheJudgeMayCorrectIt() throws Exception {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long candidate = this.scenario.candidate(this.category, this.section, "秦候选", null);
		LaurelUser judge = seat(panel, "尤评委", null);
		as(judge, () -> this.judging.save(panel.id(), candidate, points(25, 25, 25, 2), null, null));
		as(judge, () -> this.judging.submit(panel.id()));
		String returning = "/campaigns/" + this.scenario.campaign.getId() + "/scoring/panels/" + panel.id()
				+ "/members/" + judge.accountId() + "/return";

		this.mvc.perform(post(returning).with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("请填写理由")));
		this.mvc.perform(post(returning).with(user(this.scenario.organiser)).with(csrf()).param("reason", "第四项疑似笔误"))
			.andExpect(flash().attribute("message", "scoring.pages.member.returned"));

		as(judge, () -> this.judging.save(panel.id(), candidate, points(25, 25, 25, 22), null, null));
		as(judge, () -> this.judging.submit(panel.id()));
		assertThat(this.jdbc.sql("select reason from audit_entry where action = 'scoring.submission-returned'"
				+ " and campaign_id = ?").param(this.scenario.campaign.getId()).query(String.class).single())
			.isEqualTo("第四项疑似笔误");
	}

	@Test
	void aJudgeCannotReadAnotherJudgesScoresThroughThePagesOrTheApi() throws Exception {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long candidate = this.scenario.candidate(this.category, this.section, "蒋候选", null);
		LaurelUser first = seat(panel, "沈评委", null);
		LaurelUser second = seat(panel, "韩评委", null);
		as(first, () -> this.judging.save(panel.id(), candidate, points(23, 17, 19, 21), null, "沈的私密评语"));
		as(first, () -> this.judging.submit(panel.id()));
		long campaign = this.scenario.campaign.getId();

		this.mvc.perform(get("/judging/panels/" + panel.id()).with(user(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("蒋候选")))
			.andExpect(content().string(not(containsString("沈的私密评语"))));
		this.mvc.perform(get("/judging/panels/" + panel.id() + "/candidates/" + candidate).with(user(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同志扎根一线")))
			.andExpect(content().string(not(containsString("沈的私密评语"))))
			.andExpect(content().string(not(containsString("value=\"17\""))));
		this.mvc.perform(get("/api/v1/judging/panels/" + panel.id() + "/sheets").with(httpBasic(second.getUsername(),
				ScoringScenario.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].candidateId").value(candidate))
			.andExpect(jsonPath("$[0].points").isEmpty())
			.andExpect(jsonPath("$[0].comment").doesNotExist())
			.andExpect(content().string(not(containsString("沈的私密评语"))));
		for (String office : List.of("/campaigns/" + campaign + "/scoring", "/campaigns/" + campaign + "/scoring/results",
				"/campaigns/" + campaign + "/scoring/candidates/" + candidate,
				"/campaigns/" + campaign + "/scoring/matrix.xlsx")) {
			this.mvc.perform(get(office).with(user(second))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/campaigns/" + campaign + "/scoring/results")
				.with(httpBasic(second.getUsername(), ScoringScenario.PASSWORD)))
			.andExpect(status().isForbidden());
		LaurelUser outsider = this.scenario.judge("别组评委");
		this.mvc.perform(get("/judging/panels/" + panel.id()).with(user(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/judging/panels/" + panel.id() + "/sheets")
				.with(httpBasic(outsider.getUsername(), ScoringScenario.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJudgeScoresThroughThePageAndARefusedSheetKeepsWhatWasTyped() throws Exception {
		Panel panel = supervisors(RecusalScope.OWN_UNIT);
		long candidate = this.scenario.candidate(this.category, this.section, "杨候选", null);
		LaurelUser judge = seat(panel, "朱评委", null);
		String page = "/judging/panels/" + panel.id() + "/candidates/" + candidate;

		this.mvc.perform(post(page).with(user(judge)).with(csrf())
				.param("points[0]", "24").param("points[1]", "30").param("points[2]", "").param("points[3]", "22")
				.param("comment", "很感人"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“为民服务”的得分须为 0 到 25 之间的数字")))
			.andExpect(content().string(containsString("value=\"30\"")))
			.andExpect(content().string(containsString("很感人")));
		this.mvc.perform(post(page).with(user(judge)).with(csrf())
				.param("points[0]", "24").param("points[1]", "23.5").param("points[2]", "21").param("points[3]", "22")
				.param("comment", "很感人"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "scoring.judging.saved"));
		this.mvc.perform(get("/judging/panels/" + panel.id()).with(user(judge)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已填完")));
		this.mvc.perform(post("/judging/panels/" + panel.id() + "/submit").with(user(judge)).with(csrf()))
			.andExpect(flash().attribute("message", "scoring.judging.submitted"));
		assertThat(as(judge, () -> this.judging.sheet(panel.id(), candidate)).total())
			.isEqualByComparingTo("90.5");
	}

}
