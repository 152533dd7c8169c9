package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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

/**
 * The office's side on PostgreSQL, with online votes standing in for the voting module: seed 000's worked
 * example from the judges' own sheets, the explanation and the score matrix, ties for the leading group,
 * and lock, reopen and shortlist.
 */
@LaurelIntegrationTest
@Import(StubVotes.class)
class ResultsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignSetup campaigns;

	@Autowired
	PanelSetup setup;

	@Autowired
	Judging judging;

	@Autowired
	Shortlisting desk;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Shortlists shortlists;

	@Autowired
	JdbcClient jdbc;

	ScoringScenario scenario;

	long campaignId;

	@BeforeEach
	void campaign() {
		this.scenario = new ScoringScenario(this.context);
		this.campaignId = this.scenario.campaign.getId();
	}

	Panel leadingGroup(Category category) {
		return this.scenario.panel(new Panel.Settings("评选领导小组", ScoringScenario.LEADING_GROUP, PanelMode.BALLOT,
				List.of(), Aggregation.MEAN, false, RecusalScope.OWN_UNIT), category);
	}

	Panel supervisors(Category category) {
		return this.scenario.panel(new Panel.Settings("社会监督员", ScoringScenario.SUPERVISORS, PanelMode.SCORES,
				JudgingTests.aspects(), Aggregation.TRIMMED_MEAN, false, RecusalScope.OWN_UNIT), category);
	}

	LaurelUser seat(Panel panel, String name, Unit unit) {
		return this.scenario.seat(panel, name, unit);
	}

	/** The judge's four aspects for each candidate, in order, then submitted. */
	void scores(Panel panel, LaurelUser judge, Map<Long, int[]> sheets) {
		as(judge, () -> {
			sheets.forEach((candidate, aspects) -> this.judging.save(panel.id(), candidate,
					Arrays.stream(aspects).mapToObj(BigDecimal::valueOf).toList(), null, null));
			this.judging.submit(panel.id());
		});
	}

	void ballots(Panel panel, LaurelUser judge, Map<Long, Ballot> ballots) {
		as(judge, () -> {
			ballots.forEach((candidate, ballot) -> this.judging.save(panel.id(), candidate, List.of(), ballot, null));
			this.judging.submit(panel.id());
		});
	}

	@Test
	void theSeed000WorkedExampleComesOutOfTheJudgesSheetsTheLeadingGroupsBallotsAndTheVotes() throws Exception {
		Category category = this.scenario.category("最美综合执法人", 2, List.of(), List.of());
		Unit unitOfC = this.scenario.unit(UnitType.DIRECT_SQUADRON, null);
		long a = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "甲", null);
		long b = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "乙", null);
		long c = this.scenario.candidate(category, unitOfC, "丙", null);
		this.scenario.advanceTo(CampaignPhase.EVALUATION);
		Panel supervisors = supervisors(category);
		Panel leadingGroup = leadingGroup(category);
		LaurelUser[] judges = { seat(supervisors, "监督员一", null), seat(supervisors, "监督员二", null),
				seat(supervisors, "监督员三", null), seat(supervisors, "监督员四", null),
				seat(supervisors, "监督员五", unitOfC) };
		// The same sheets as Seed000WorkedExampleTests: totals A 92/88/90/75/96, B 85/80/90/86/84,
		// C 78/82/80/95 (the fifth supervisor works in C's unit and is recused).
		scores(supervisors, judges[0], Map.of(a, new int[] { 23, 24, 22, 23 }, b, new int[] { 21, 21, 22, 21 }, c,
				new int[] { 20, 20, 19, 19 }));
		scores(supervisors, judges[1], Map.of(a, new int[] { 22, 22, 22, 22 }, b, new int[] { 20, 20, 20, 20 }, c,
				new int[] { 21, 20, 21, 20 }));
		scores(supervisors, judges[2], Map.of(a, new int[] { 23, 22, 23, 22 }, b, new int[] { 23, 22, 23, 22 }, c,
				new int[] { 20, 20, 20, 20 }));
		scores(supervisors, judges[3], Map.of(a, new int[] { 19, 19, 18, 19 }, b, new int[] { 22, 21, 22, 21 }, c,
				new int[] { 24, 24, 23, 24 }));
		scores(supervisors, judges[4], Map.of(a, new int[] { 24, 24, 24, 24 }, b, new int[] { 21, 21, 21, 21 }));
		// 领导小组: A 5 of 5 同意, B 4 of 5, C 3 同意 1 不同意 1 弃权.
		List<Map<Long, Ballot>> casts = List.of(Map.of(a, Ballot.AGREE, b, Ballot.AGREE, c, Ballot.AGREE),
				Map.of(a, Ballot.AGREE, b, Ballot.AGREE, c, Ballot.DISAGREE),
				Map.of(a, Ballot.AGREE, b, Ballot.DISAGREE, c, Ballot.AGREE),
				Map.of(a, Ballot.AGREE, b, Ballot.AGREE, c, Ballot.ABSTAIN),
				Map.of(a, Ballot.AGREE, b, Ballot.AGREE, c, Ballot.AGREE));
		for (int i = 0; i < casts.size(); i++) {
			ballots(leadingGroup, seat(leadingGroup, "领导小组成员" + (i + 1), null), casts.get(i));
		}
		StubVotes.VOTES.put(this.campaignId, Map.of(a, 1200L, b, 1500L, c, 600L));

		// A = 0.6 × 90 + 0.1 × 80 + 0.3 × 100 = 92.00; B = 51 + 10 + 24 = 85.00; C = 48.6 + 4 + 18 = 70.60
		this.mvc.perform(get("/api/v1/campaigns/" + this.campaignId + "/scoring/results")
				.with(httpBasic(this.scenario.organiser.getUsername(), ScoringScenario.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].candidateId").value(a))
			.andExpect(jsonPath("$[0].composite").value(92.00))
			.andExpect(jsonPath("$[0].points[0]").value(90.00))
			.andExpect(jsonPath("$[0].points[1]").value(80.00))
			.andExpect(jsonPath("$[0].points[2]").value(100.00))
			.andExpect(jsonPath("$[1].candidateId").value(b))
			.andExpect(jsonPath("$[1].composite").value(85.00))
			.andExpect(jsonPath("$[2].candidateId").value(c))
			.andExpect(jsonPath("$[2].composite").value(70.60))
			.andExpect(jsonPath("$[2].points[0]").value(81.00))
			.andExpect(jsonPath("$[0].outcome").value("SELECTED"))
			.andExpect(jsonPath("$[2].outcome").value("QUOTA_FULL"));
		String base = "/campaigns/" + this.campaignId + "/scoring";
		this.mvc.perform(get(base + "/results").with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("92.00")))
			.andExpect(content().string(containsString("70.60")))
			.andExpect(content().string(containsString("未入选：名额已满")));
		this.mvc.perform(get(base + "/candidates/" + a).with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("综合得分 = 60% × 90.00 + 10% × 80.00 + 30% × 100.00 = 92.00")))
			.andExpect(content().string(containsString("去掉")))
			.andExpect(content().string(containsString("得票 1,200，本奖项最高 1,500")));
		this.mvc.perform(get(base + "/candidates/" + c).with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("回避（本单位）")))
			.andExpect(content().string(containsString("同意 3 票")))
			.andExpect(content().string(containsString("弃权 1 票")));

		byte[] named = this.mvc.perform(get(base + "/matrix.xlsx").with(user(this.scenario.organiser)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] anonymised = this.mvc.perform(get(base + "/matrix.xlsx?anonymised=true").with(user(this.scenario.organiser)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.sheetNames(named)).containsExactly("综合排名", "社会监督员", "评选领导小组");
		assertThat(Workbooks.cells(named, 0).get(1)).contains("甲", "92", "入选");
		assertThat(Workbooks.cells(named, 1).get(0)).contains("监督员一", "监督员五");
		assertThat(Workbooks.cells(named, 1)).anySatisfy(row -> assertThat(row).contains("甲", "92", "96", "75"));
		assertThat(Workbooks.cells(anonymised, 1).get(0)).contains("评委1", "评委5").doesNotContain("监督员一");
		assertThat(Workbooks.cells(anonymised, 2).get(0)).contains("评委1").doesNotContain("领导小组成员1");
	}

	@Test
	void aTieForTheLastPlaceWaitsForTheLeadingGroupUnlessATieBreakSettlesIt() throws Exception {
		Category category = this.scenario.category("最美综合执法人", 1, List.of(), List.of());
		long a = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "甲", null);
		long b = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "乙", null);
		this.scenario.advanceTo(CampaignPhase.EVALUATION);
		Panel supervisors = supervisors(category);
		Panel leadingGroup = leadingGroup(category);
		// A = 0.6 × 90 + 0.3 × 60 = 72.00; B = 0.6 × 80 + 0.3 × 80 = 72.00; nobody voted online.
		scores(supervisors, seat(supervisors, "监督员", null),
				Map.of(a, new int[] { 25, 25, 20, 20 }, b, new int[] { 20, 20, 20, 20 }));
		for (int i = 0; i < 5; i++) {
			ballots(leadingGroup, seat(leadingGroup, "成员" + i, null),
					Map.of(a, i < 3 ? Ballot.AGREE : Ballot.DISAGREE, b, i < 4 ? Ballot.AGREE : Ballot.DISAGREE));
		}
		String base = "/campaigns/" + this.campaignId + "/scoring";

		CampaignScoring scoring = as(this.scenario.organiser, () -> this.evaluations.of(this.campaignId));
		assertThat(scoring.categories().get(0).standings()).extracting(s -> s.placement().outcome())
			.containsOnly(Outcome.TIE_PENDING);
		as(this.scenario.organiser, () -> this.desk.lock(this.campaignId));
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.desk.generateShortlist(this.campaignId)))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("scoring.rule.shortlist-pending-tie"));
		this.mvc.perform(get(base + "/results").with(user(this.scenario.organiser)))
			.andExpect(content().string(containsString("并列待定：请录入领导小组决定的顺序")));

		this.mvc.perform(post(base + "/ties").with(user(this.scenario.organiser)).with(csrf())
				.param("categoryId", String.valueOf(category.getId()))
				.param("place-" + a, "2").param("place-" + b, "1").param("reason", "领导小组第3次会议研究决定"))
			.andExpect(flash().attribute("message", "scoring.pages.tie-decided"));

		scoring = as(this.scenario.organiser, () -> this.evaluations.of(this.campaignId));
		assertThat(scoring.categories().get(0).standings()).extracting(s -> s.candidateId(),
				s -> s.placement().outcome(), s -> s.placement().decided())
			.containsExactly(tuple(b, Outcome.SELECTED, true),
					tuple(a, Outcome.QUOTA_FULL, true));
		assertThat(this.jdbc.sql("select reason from audit_entry where action = 'scoring.tie-decided' and campaign_id = ?")
			.param(this.campaignId).query(String.class).single()).isEqualTo("领导小组第3次会议研究决定");

		// With the supervisors' points as a tie-break, A's 90 beats B's 80 and nobody needs to decide.
		as(this.scenario.organiser, () -> this.desk.reopen(this.campaignId, "改用同分比较规则"));
		as(this.scenario.organiser, () -> this.setup.setScheme(this.campaignId,
				new Scheme(VotePoints.SHARE_OF_TOP, BigDecimal.valueOf(5), List.of(ScoringScenario.SUPERVISORS))));
		scoring = as(this.scenario.organiser, () -> this.evaluations.of(this.campaignId));
		assertThat(scoring.categories().get(0).standings()).extracting(s -> s.candidateId(),
				s -> s.placement().outcome(), s -> s.placement().decided())
			.containsExactly(tuple(a, Outcome.SELECTED, false),
					tuple(b, Outcome.QUOTA_FULL, false));
	}

	@Test
	void lockedScoringFreezesEverythingReopeningNeedsAReasonAndTheShortlistLetsTheCampaignMoveOn() throws Exception {
		Category category = this.scenario.category("最美综合执法人", 1, List.of(), List.of());
		long a = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "甲", null);
		long b = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "乙", null);
		this.scenario.advanceTo(CampaignPhase.EVALUATION);
		Panel supervisors = supervisors(category);
		Panel leadingGroup = leadingGroup(category);
		LaurelUser late = seat(supervisors, "迟交的监督员", null);
		scores(supervisors, seat(supervisors, "监督员", null),
				Map.of(a, new int[] { 25, 25, 25, 25 }, b, new int[] { 20, 20, 20, 20 }));
		ballots(leadingGroup, seat(leadingGroup, "成员", null), Map.of(a, Ballot.AGREE, b, Ballot.AGREE));
		StubVotes.VOTES.put(this.campaignId, Map.of(a, 10L, b, 100L));
		String base = "/campaigns/" + this.campaignId + "/scoring";

		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.campaigns.advance(this.campaignId, "提前")))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).contains("scoring.guard.shortlist-required"));
		this.mvc.perform(post(base + "/shortlist").with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("请先锁定评分")));
		this.mvc.perform(post(base + "/lock").with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(flash().attribute("message", "scoring.pages.locked"));

		// Nothing moves once locked: no sheet, no panel change, and later votes do not count.
		assertThatThrownBy(() -> as(late, () -> this.judging.save(supervisors.id(), a, JudgingTests.points(1, 1, 1, 1),
				null, null)))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("scoring.judging.closed.locked"));
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.setup.addMember(this.campaignId,
				supervisors.id(), this.scenario.judge("再加的评委").getUsername(), null)))
			.isInstanceOf(ScoringRefused.class);
		StubVotes.VOTES.put(this.campaignId, Map.of(a, 10L, b, 100_000L));
		CampaignScoring locked = as(this.scenario.organiser, () -> this.evaluations.of(this.campaignId));
		assertThat(locked.votes()).containsEntry(b, 100L);

		this.mvc.perform(post(base + "/reopen").with(user(this.scenario.organiser)).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("error", containsString("请填写理由")));
		this.mvc.perform(post(base + "/reopen").with(user(this.scenario.organiser)).with(csrf())
				.param("reason", "补录迟交评委的评分"))
			.andExpect(flash().attribute("message", "scoring.pages.reopened"));
		assertThat(this.jdbc.sql("select reason from audit_entry where action = 'scoring.reopened' and campaign_id = ?")
			.param(this.campaignId).query(String.class).single()).isEqualTo("补录迟交评委的评分");
		scores(supervisors, late, Map.of(a, new int[] { 24, 24, 24, 24 }, b, new int[] { 20, 20, 20, 20 }));

		as(this.scenario.organiser, () -> this.desk.lock(this.campaignId));
		this.mvc.perform(post(base + "/shortlist").with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(flash().attribute("message", "scoring.pages.shortlisted"));
		Shortlists.Shortlist shortlist = this.shortlists.of(this.campaignId).orElseThrow();
		assertThat(shortlist.selected()).extracting(Shortlists.Entry::candidateId).containsExactly(a);
		assertThat(shortlist.byCategory().get(category.getId())).extracting(Shortlists.Entry::candidateId,
				Shortlists.Entry::selected)
			.containsExactly(tuple(a, true), tuple(b, false));
		assertThat(shortlist.entries().get(0).displayName()).isEqualTo("甲");
		this.mvc.perform(get("/api/v1/campaigns/" + this.campaignId + "/scoring/shortlist")
				.with(httpBasic(this.scenario.organiser.getUsername(), ScoringScenario.PASSWORD)))
			.andExpect(jsonPath("$.entries[0].candidateId").value(a))
			.andExpect(jsonPath("$.entries[0].outcome").value("SELECTED"));
		this.mvc.perform(get(base + "/results").with(user(this.scenario.organiser)))
			.andExpect(content().string(containsString("初选名单已生成")))
			.andExpect(content().string(not(containsString("生成初选名单</button>"))));

		assertThat(as(this.scenario.organiser, () -> this.campaigns.advance(this.campaignId, "评审结束")).getPhase())
			.isEqualTo(CampaignPhase.DECISION);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where campaign_id = ? and action in"
				+ " ('scoring.locked', 'scoring.reopened', 'scoring.shortlist-generated')").param(this.campaignId)
			.query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void theOrganiserSetsUpAPanelThroughThePageAndARefusedPanelKeepsWhatWasTyped() throws Exception {
		String base = "/campaigns/" + this.campaignId + "/scoring";
		this.mvc.perform(post(base + "/panels").with(user(this.scenario.organiser)).with(csrf())
				.param("name", "社会监督员").param("component", "不存在的组成").param("mode", "SCORES")
				.param("aggregation", "TRIMMED_MEAN").param("recusalScope", "OWN_UNIT")
				.param("criteria[0].name", "思想道德").param("criteria[0].maxPoints", "25")
				.param("criteria[1].name", "为民服务").param("criteria[1].maxPoints", "二十五"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择本活动评分权重中的一项评审组成部分")))
			.andExpect(content().string(containsString("第 2 项评分细则须有名称")))
			.andExpect(content().string(containsString("value=\"二十五\"")));
		MvcResult created = this.mvc.perform(post(base + "/panels").with(user(this.scenario.organiser)).with(csrf())
				.param("name", "社会监督员").param("component", ScoringScenario.SUPERVISORS).param("mode", "SCORES")
				.param("aggregation", "TRIMMED_MEAN").param("recusalScope", "PARENT_AND_CHILD_UNITS")
				.param("normalised", "true")
				.param("criteria[0].name", "思想道德").param("criteria[0].maxPoints", "25")
				.param("criteria[1].name", "为民服务").param("criteria[1].maxPoints", "25")
				.param("criteria[2].name", "执法办案").param("criteria[2].maxPoints", "25")
				.param("criteria[3].name", "攻坚克难").param("criteria[3].maxPoints", "25"))
			.andExpect(flash().attribute("message", "scoring.pages.panel.created"))
			.andReturn();
		Panel panel = as(this.scenario.organiser, () -> this.setup.panel(this.campaignId,
				Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""))));
		assertThat(panel.scale()).isEqualByComparingTo("100");
		assertThat(panel.settings().normalised()).isTrue();
		assertThat(panel.settings().recusalScope()).isEqualTo(RecusalScope.PARENT_AND_CHILD_UNITS);
		this.mvc.perform(get(base).with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社会监督员")))
			.andExpect(content().string(containsString(ScoringScenario.LEADING_GROUP)))
			.andExpect(content().string(containsString("尚无评审组")));
		this.mvc.perform(get("/scoring").with(user(this.scenario.organiser)))
			.andExpect(content().string(containsString(this.scenario.campaign.getTitle())));
		String panelPage = base + "/panels/" + panel.id();
		this.mvc.perform(get(panelPage).with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"攻坚克难\"")));

		Category category = this.scenario.category("最美综合执法人", 10, List.of(), List.of());
		long chosen = this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "选中的", null);
		this.scenario.candidate(category, this.scenario.unit(UnitType.OFFICE_SECTION, null), "未选的", null);
		this.mvc.perform(get(panelPage + "/assignments").with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未选的")));
		this.mvc.perform(post(panelPage + "/assignments").with(user(this.scenario.organiser)).with(csrf())
				.param("categories[0].categoryId", String.valueOf(category.getId()))
				.param("categories[0].extent", "SOME").param("categories[0].candidateIds", String.valueOf(chosen)))
			.andExpect(flash().attribute("message", "scoring.pages.assignments.saved"));
		assertThat(as(this.scenario.organiser, () -> this.setup.panel(this.campaignId, panel.id())).assignments())
			.containsExactly(new Panel.Assignment(category.getId(), false, List.of(chosen)));

		this.mvc.perform(get(base + "/scheme").with(user(this.scenario.organiser))).andExpect(status().isOk());
		this.mvc.perform(post(base + "/scheme").with(user(this.scenario.organiser)).with(csrf())
				.param("votePoints", "RANK_POINTS").param("rankStep", "五").param("tieBreaks[0]", ScoringScenario.VOTES))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名次递减分值须为 0 到 100 之间的数字")))
			.andExpect(content().string(containsString("value=\"五\"")));
		this.mvc.perform(post(base + "/scheme").with(user(this.scenario.organiser)).with(csrf())
				.param("votePoints", "RANK_POINTS").param("rankStep", "5").param("tieBreaks[0]", ScoringScenario.VOTES)
				.param("tieBreaks[1]", ""))
			.andExpect(flash().attribute("message", "scoring.pages.scheme.saved"));
		assertThat(as(this.scenario.organiser, () -> this.evaluations.of(this.campaignId)).scheme())
			.isEqualTo(new Scheme(VotePoints.RANK_POINTS, new BigDecimal("5.00"), List.of(ScoringScenario.VOTES)));
	}

}
