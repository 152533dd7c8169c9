package cn.laurel.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organiser's campaign pages, end to end on PostgreSQL, as real accounts of real units. */
@LaurelIntegrationTest
class CampaignPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Categories categories;

	@Autowired
	FormVersions forms;

	@Autowired
	Clock clock;

	@Test
	void anOrganiserCreatesACampaignThroughThePageAndSeesItListed() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		String title = "首届“最美综合执法人”评选 " + SEQUENCE.incrementAndGet();

		MvcResult created = this.mvc
			.perform(post("/campaigns").with(user(organiser)).with(csrf())
				.param("title", title)
				.param("edition", "首届")
				.param("hosts", "青岛西海岸新区综合行政执法局\n")
				.param("publicityWorkingDays", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "campaign.pages.new.created"))
			.andReturn();
		Long id = idIn(created.getResponse().getRedirectedUrl());

		this.mvc.perform(get("/campaigns").with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/campaigns/" + id)));
		this.mvc.perform(get("/campaigns/" + id).with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("class=\"phase-steps")))
			.andExpect(content().string(
					containsPattern("<li aria-current=\"step\" class=\"current\">\\s*<span>筹备</span>")));
	}

	@Test
	void anAdministratorChoosesTheOrganisingUnitOfANewCampaign() throws Exception {
		Unit office = unit(UnitType.AUTHORITY);
		UserDetails admin = account(Role.ADMIN, unit(UnitType.AUTHORITY));
		this.mvc.perform(get("/campaigns/new").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + office.getId() + "\">")));

		this.mvc.perform(post("/campaigns").with(user(admin)).with(csrf())
				.param("title", "第六届“最美应急人”")
				.param("publicityWorkingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择领导小组办公室所在单位。")));
		MvcResult created = this.mvc
			.perform(post("/campaigns").with(user(admin)).with(csrf())
				.param("organiserUnitId", office.getId().toString())
				.param("title", "第六届“最美应急人”")
				.param("publicityWorkingDays", "5"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		Long id = idIn(created.getResponse().getRedirectedUrl());
		assertThat(this.campaigns.findById(id).orElseThrow().getOrganiserUnitId()).isEqualTo(office.getId());
		this.mvc.perform(get("/campaigns/" + id).with(user(organiserOf(office)))).andExpect(status().isOk());
	}

	@Test
	void aCategoryWhoseSegmentsDoNotAddUpToTheQuotaIsShownAgainWithTheReasonAndWhatWasTyped() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(organiser);

		this.mvc
			.perform(post("/campaigns/" + id + "/categories").with(user(organiser)).with(csrf())
				.param("name", "最美应急人")
				.param("nomineeKind", "PERSON")
				.param("quota", "20")
				.param("sortOrder", "1")
				.param("templateKey", "generic-person")
				.param("segments[0].name", "应急管理系统干部职工")
				.param("segments[0].quota", "15")
				.param("segments[1].name", "专业和社会应急救援力量")
				.param("segments[1].quota", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各分段名额之和（19）须等于奖项名额（20）。")))
			.andExpect(content().string(containsString("value=\"最美应急人\"")))
			.andExpect(content().string(containsString("value=\"应急管理系统干部职工\"")))
			.andExpect(content().string(containsPattern("name=\"segments\\[1]\\.quota\"\\s+value=\"4\"")))
			.andExpect(content().string(containsString("value=\"generic-person\" selected")));
		assertThat(this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(id)).isEmpty();
	}

	@Test
	void aScheduleWhosePhasesAreOutOfOrderIsShownAgainWithTheReason() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(organiser);
		LocalDate today = LocalDate.now(this.clock);

		this.mvc
			.perform(schedule(post("/campaigns/" + id + "/schedule").with(user(organiser)).with(csrf()),
					Map.of(CampaignPhase.NOMINATION, List.of(today, today.plusDays(10)),
							CampaignPhase.PRELIMINARY_REVIEW, List.of(today.plusDays(5), today.plusDays(8)),
							CampaignPhase.DECISION, List.of(today.plusDays(20), today.plusDays(25)),
							CampaignPhase.ANNOUNCEMENT, List.of(today.plusDays(26), today.plusDays(30)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期顺序不对：“初审”阶段不能早于“推荐申报”阶段开始或结束。")))
			.andExpect(content().string(containsString("value=\"" + today.plusDays(5) + "\"")));
		assertThat(this.campaigns.findById(id).orElseThrow().getSchedule()).isEmpty();
	}

	@Test
	void advancingWhileTheWindowIsOpenNeedsAReasonAndARefusalKeepsTheReasonTyped() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(organiser);
		this.mvc.perform(post("/campaigns/" + id + "/advance").with(user(organiser)).with(csrf())
				.param("reason", "领导小组决定提前启动"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至少要设置一个奖项。")))
			.andExpect(content().string(containsString("必须安排“推荐申报”阶段。")))
			.andExpect(content().string(containsString(">领导小组决定提前启动</textarea>")));

		addCategory(organiser, id, "最美综合执法人", "seed000-person");
		LocalDate today = LocalDate.now(this.clock);
		this.mvc
			.perform(schedule(post("/campaigns/" + id + "/schedule").with(user(organiser)).with(csrf()),
					Map.of(CampaignPhase.NOMINATION, List.of(today.minusDays(1), today.plusDays(10)),
							CampaignPhase.PRELIMINARY_REVIEW, List.of(today.plusDays(11), today.plusDays(20)),
							CampaignPhase.DECISION, List.of(today.plusDays(21), today.plusDays(25)),
							CampaignPhase.ANNOUNCEMENT, List.of(today.plusDays(26), today.plusDays(30)))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/campaigns/" + id + "/advance").with(user(organiser)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "campaign.pages.advance.done"));

		this.mvc.perform(post("/campaigns/" + id + "/advance").with(user(organiser)).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("当前阶段计划于 " + today.plusDays(10) + " 结束；提前进入下一阶段须填写理由。")))
			.andExpect(content().string(containsString("data-confirm=\"确定进入“初审”阶段吗？进入后不能退回上一阶段。\"")));
		assertThat(this.campaigns.findById(id).orElseThrow().getPhase()).isEqualTo(CampaignPhase.NOMINATION);
	}

	@Test
	void aClerkIsForbiddenEveryCampaignPage() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(organiser);
		UserDetails clerk = account(Role.CLERK, unit(UnitType.OFFICE_SECTION));

		for (String page : List.of("/campaigns", "/campaigns/new", "/campaigns/" + id, "/campaigns/" + id + "/basics",
				"/campaigns/" + id + "/schedule", "/campaigns/" + id + "/categories/new")) {
			this.mvc.perform(get(page).with(user(clerk))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/campaigns").with(user(clerk)).with(csrf()).param("title", "x")
				.param("publicityWorkingDays", "5"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/campaigns/" + id + "/advance").with(user(clerk)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOrganiserOfAnotherUnitCanNeitherOpenNorChangeSomeoneElsesCampaign() throws Exception {
		UserDetails owner = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(owner);
		Long categoryId = addCategory(owner, id, "最美综合执法人", "seed000-person");
		String title = this.campaigns.findById(id).orElseThrow().getTitle();
		UserDetails stranger = organiserOf(unit(UnitType.AUTHORITY));

		for (String page : List.of("/campaigns/" + id, "/campaigns/" + id + "/basics",
				"/campaigns/" + id + "/leading-group", "/campaigns/" + id + "/scope",
				"/campaigns/" + id + "/categories/" + categoryId,
				"/campaigns/" + id + "/categories/" + categoryId + "/form")) {
			int status = this.mvc.perform(get(page).with(user(stranger))).andReturn().getResponse().getStatus();
			assertThat(status).as(page).isIn(403, 404);
		}
		int status = this.mvc
			.perform(post("/campaigns/" + id + "/basics").with(user(stranger)).with(csrf())
				.param("title", "改名")
				.param("publicityWorkingDays", "5"))
			.andReturn().getResponse().getStatus();
		assertThat(status).isIn(403, 404);
		assertThat(this.campaigns.findById(id).orElseThrow().getTitle()).isEqualTo(title);
		this.mvc.perform(get("/campaigns").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void theOrganiserTicksTheUnitsThatNominateAndAnUnknownUnitIsRefusedKeepingTheTicks() throws Exception {
		Unit bureau = unit(UnitType.AUTHORITY);
		Unit office = this.units.save(new Unit("cp-office-" + System.nanoTime(), "党建办" + SEQUENCE.incrementAndGet(),
				UnitType.OFFICE_SECTION, bureau.getId()));
		UserDetails organiser = organiserOf(office);
		Long id = createCampaign(organiser);
		Unit squadron = this.units.save(new Unit("cp-sq-" + System.nanoTime(), "直属中队" + SEQUENCE.incrementAndGet(),
				UnitType.DIRECT_SQUADRON, bureau.getId()));
		String base = "/campaigns/" + id;

		this.mvc.perform(get(base).with(user(organiser)))
			.andExpect(content().string(containsString("默认：" + bureau.getName() + "及其全部下级单位")));
		this.mvc.perform(get(base + "/scope").with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsPattern("<input[^>]*name=\"unitIds\" value=\"" + squadron.getId() + "\"")));

		this.mvc.perform(post(base + "/scope").with(user(organiser)).with(csrf())
				.param("unitIds", String.valueOf(squadron.getId()), "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选单位不存在")))
			.andExpect(content().string(containsPattern("value=\"" + squadron.getId() + "\"[^>]*checked")));
		assertThat(this.campaigns.findById(id).orElseThrow().getScopeUnitIds()).isEmpty();

		this.mvc.perform(post(base + "/scope").with(user(organiser)).with(csrf())
				.param("unitIds", String.valueOf(squadron.getId())))
			.andExpect(redirectedUrl(base));
		assertThat(this.campaigns.findById(id).orElseThrow().getScopeUnitIds()).containsExactly(squadron.getId());
		this.mvc.perform(get(base).with(user(organiser)))
			.andExpect(content().string(containsString("已选 1 个单位及其下级单位")))
			.andExpect(content().string(containsString(squadron.getName())));
	}

	/** Seed 000 as its organiser configures it: 附件1 leading group, two categories, weights 60/10/30. */
	@Test
	void theOrganiserOfSeed000SetsTheWholeCampaignUpThroughThePages() throws Exception {
		Unit bureau = unit(UnitType.AUTHORITY);
		UserDetails organiser = organiserOf(bureau);
		Long id = createCampaign(organiser);
		String base = "/campaigns/" + id;

		this.mvc.perform(post(base + "/basics").with(user(organiser)).with(csrf())
				.param("title", "首届“最美综合执法人”暨“综合执法系统最感动群众十件实事”评选活动")
				.param("edition", "首届")
				.param("officeNote", "局党建工作办公室（联系人：孔祥清）")
				.param("publicityWorkingDays", "5"))
			.andExpect(redirectedUrl(base));

		this.mvc.perform(post(base + "/leading-group").with(user(organiser)).with(csrf())
				.param("leadingGroup[0].post", "LEADER").param("leadingGroup[0].name", "肖政")
				.param("leadingGroup[1].post", "DEPUTY").param("leadingGroup[1].name", "毕雷鸣")
				.param("leadingGroup[2].post", "MEMBER")
				.param("leadingGroup[2].name", "田强、李斌、时桂琴、宗桂平、杨金强、王亮国、曲桂文、岳建平、刘伟德、丁全喜、"
						+ "刘春来、吴亚山、陈卫斌、李锡成、王传福、吴强、侯赞斌、巩振刚、陈长峰、薛美凤")
				.param("leadingGroup[3].subGroup", "会务协调组").param("leadingGroup[3].post", "LEADER")
				.param("leadingGroup[3].name", "王亮国")
				.param("leadingGroup[4].subGroup", "会务协调组").param("leadingGroup[4].post", "MEMBER")
				.param("leadingGroup[4].name", "鲁军、周兆鑫、刘嘉麟")
				.param("leadingGroup[5].subGroup", "宣传创意组").param("leadingGroup[5].post", "LEADER")
				.param("leadingGroup[5].name", "刘春来")
				.param("leadingGroup[6].subGroup", "宣传创意组").param("leadingGroup[6].post", "MEMBER")
				.param("leadingGroup[6].name", "刘靖康、姜文菲、王开强、董杰")
				.param("leadingGroup[7].subGroup", "组织评审组").param("leadingGroup[7].post", "LEADER")
				.param("leadingGroup[7].name", "陈卫斌")
				.param("leadingGroup[8].subGroup", "组织评审组").param("leadingGroup[8].post", "MEMBER")
				.param("leadingGroup[8].name", "张文君、冯增臣、孔祥清、崔悦")
				.param("leadingGroup[9].name", "误加的一行").param("leadingGroup[9].removed", "true"))
			.andExpect(redirectedUrl(base));

		LocalDate today = LocalDate.now(this.clock);
		this.mvc.perform(schedule(post(base + "/schedule").with(user(organiser)).with(csrf()), Map.of(
				CampaignPhase.NOMINATION, List.of(today, today.plusDays(9)),
				CampaignPhase.ENDORSEMENT, List.of(today.plusDays(10), today.plusDays(14)),
				CampaignPhase.PRELIMINARY_REVIEW, List.of(today.plusDays(15), today.plusDays(20)),
				CampaignPhase.VOTING, List.of(today.plusDays(21), today.plusDays(25)),
				CampaignPhase.EVALUATION, List.of(today.plusDays(26), today.plusDays(30)),
				CampaignPhase.PUBLICITY, List.of(today.plusDays(31), today.plusDays(37)),
				CampaignPhase.DECISION, List.of(today.plusDays(38), today.plusDays(40)),
				CampaignPhase.ANNOUNCEMENT, List.of(today.plusDays(41), today.plusDays(45)))))
			.andExpect(redirectedUrl(base));

		this.mvc.perform(post(base + "/scoring-weights").with(user(organiser)).with(csrf())
				.param("scoringWeights[0].component", "PANEL").param("scoringWeights[0].label", "社会监督员评议打分")
				.param("scoringWeights[0].weight", "60")
				.param("scoringWeights[1].component", "ONLINE_VOTES").param("scoringWeights[1].label", "网络投票")
				.param("scoringWeights[1].weight", "10")
				.param("scoringWeights[2].component", "PANEL").param("scoringWeights[2].label", "领导小组投票")
				.param("scoringWeights[2].weight", "30"))
			.andExpect(redirectedUrl(base));

		Long person = addCategory(organiser, id, "最美综合执法人", "seed000-person");
		Long deed = addCategory(organiser, id, "综合执法系统最感动群众十件实事", "seed000-deed");

		MockHttpServletRequestBuilder limits = post(base + "/nomination-limits").with(user(organiser)).with(csrf());
		MockHttpServletRequestBuilder chains = post(base + "/endorsement-chains").with(user(organiser)).with(csrf());
		int step = 0;
		List<UnitType> nominating = List.of(UnitType.OFFICE_SECTION, UnitType.DIRECT_SQUADRON,
				UnitType.STATIONED_SQUADRON);
		for (int i = 0; i < nominating.size(); i++) {
			UnitType type = nominating.get(i);
			limits.param("nominationLimits[" + i + "].unitType", type.name())
				.param("nominationLimits[" + i + "].minCount", "1")
				.param("nominationLimits[" + i + "].maxCount", "2")
				.param("nominationLimits[" + i + "].reach", "UNIT_ALONE");
			List<String[]> steps = type == UnitType.STATIONED_SQUADRON
					? List.of(new String[] { "DEPARTMENT_HEAD", "OWN_UNIT", "false", "部门负责人意见" },
							new String[] { "TOWN", "STATIONED_TOWN", "true", "镇街（功能区、保护区）意见" },
							new String[] { "LEADER_IN_CHARGE", "PARENT_UNIT", "false", "分管（联系）局领导意见" })
					: List.of(new String[] { "DEPARTMENT_HEAD", "OWN_UNIT", "false", "部门负责人意见" },
							new String[] { "LEADER_IN_CHARGE", "PARENT_UNIT", "false", "分管（联系）局领导意见" });
			for (int order = 1; order <= steps.size(); order++, step++) {
				String[] s = steps.get(order - 1);
				chains.param("endorsementSteps[" + step + "].unitType", type.name())
					.param("endorsementSteps[" + step + "].stepOrder", String.valueOf(order))
					.param("endorsementSteps[" + step + "].title", s[3])
					.param("endorsementSteps[" + step + "].capacity", s[0])
					.param("endorsementSteps[" + step + "].endorserUnit", s[1]);
				if (Boolean.parseBoolean(s[2])) {
					chains.param("endorsementSteps[" + step + "].sealRequired", "true");
				}
			}
		}
		this.mvc.perform(limits).andExpect(redirectedUrl(base));
		this.mvc.perform(chains).andExpect(redirectedUrl(base));

		this.mvc.perform(post(base + "/categories/" + person + "/eligibility").with(user(organiser)).with(csrf())
				.param("eligibilityRules[0].type", "DEEDS_SINCE").param("eligibilityRules[0].mode", "BLOCK")
				.param("eligibilityRules[0].sinceDate", "2020-01-01")
				.param("eligibilityRules[0].titles", "left over from another type")
				.param("eligibilityRules[1].type", "NO_PRIOR_HONOUR_FOR_SAME_DEED")
				.param("eligibilityRules[1].mode", "BLOCK")
				.param("eligibilityRules[1].titles", "区级以上道德模范\n新区成立五周年突出贡献人物\n奋斗十三五最美新区人")
				.param("eligibilityRules[2].type", "NO_DISCIPLINARY_RECORD").param("eligibilityRules[2].mode", "BLOCK"))
			.andExpect(redirectedUrl(base));

		FormVersion seedForm = this.forms.current(person).orElseThrow();
		MultiValueMap<String, String> revision = formAsPosted(seedForm);
		revision.set("fields[" + seedForm.definition().fields().indexOf(seedForm.definition().field("deeds"))
				+ "].maxChars", "300");
		this.mvc.perform(post(base + "/categories/" + person + "/form").with(user(organiser)).with(csrf())
				.params(revision))
			.andExpect(redirectedUrl(base + "/categories/" + person + "/form"))
			.andExpect(flash().attribute("message", "campaign.pages.form.saved"));

		this.mvc.perform(post(base + "/advance").with(user(organiser)).with(csrf()))
			.andExpect(redirectedUrl(base));

		Campaign campaign = this.campaigns.findById(id).orElseThrow();
		assertThat(campaign.getPhase()).isEqualTo(CampaignPhase.NOMINATION);
		assertThat(campaign.getLeadingGroup()).hasSize(36)
			.contains(new GroupMember(null, GroupMember.Post.MEMBER, "薛美凤"),
					new GroupMember("组织评审组", GroupMember.Post.MEMBER, "崔悦"));
		assertThat(campaign.getSchedule()).hasSize(8);
		assertThat(campaign.getScoringWeights()).extracting(ScoringWeight::weight).containsExactly(60, 10, 30);
		assertThat(campaign.getNominationLimits()).hasSize(3).allMatch(NominationLimit::isCampaignWide)
			.allMatch(limit -> limit.reach() == NominationLimit.Reach.UNIT_ALONE);
		assertThat(campaign.chainFor(UnitType.STATIONED_SQUADRON, null)).extracting(EndorsementStep::sealRequired)
			.containsExactly(false, true, false);
		Category personCategory = this.categories.findById(person).orElseThrow();
		assertThat(personCategory.getEligibilityRules()).hasSize(3);
		assertThat(personCategory.getEligibilityRules().get(0).titles()).isNull();
		assertThat(this.forms.current(person).orElseThrow().version()).isEqualTo(2);
		assertThat(this.forms.current(person).orElseThrow().definition().field("deeds").maxChars()).isEqualTo(300);
		assertThat(this.forms.current(deed).orElseThrow().version()).isEqualTo(1);

		this.mvc.perform(get(base).with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsPattern("<li class=\"done\">\\s*<span>筹备</span>")))
			.andExpect(content().string(containsString("田强、李斌、时桂琴")))
			.andExpect(content().string(containsString("社会监督员评议打分（评委组评分）60%")))
			.andExpect(content().string(containsString("第 2 版")))
			.andExpect(content().string(containsPattern("<span>事迹须发生在指定日期以后</span>\\s*"
					+ "<span class=\"badge text-bg-danger\">不符合即不得提交</span>\\s*"
					+ "<span class=\"text-muted\">起始日期 2020-01-01</span>")))
			.andExpect(content().string(containsString(
					"<span class=\"text-muted\">所列称号：区级以上道德模范、新区成立五周年突出贡献人物、奋斗十三五最美新区人</span>")))
			.andExpect(content().string(containsString("<span>无违纪违法行为、未受党纪处分和法律处罚</span>")))
			.andExpect(content().string(containsString("未设资格条件")));
		for (String page : List.of(base + "/basics", base + "/leading-group", base + "/schedule",
				base + "/scoring-weights", base + "/nomination-limits", base + "/endorsement-chains",
				base + "/categories/new", base + "/categories/" + person, base + "/categories/" + person + "/eligibility",
				base + "/categories/" + person + "/form")) {
			this.mvc.perform(get(page).with(user(organiser))).andExpect(status().isOk());
		}
	}

	@Test
	void anOrganiserAddsAndRemovesFormFieldsAndEverySaveAppendsAVersion() throws Exception {
		UserDetails organiser = organiserOf(unit(UnitType.AUTHORITY));
		Long id = createCampaign(organiser);
		Long category = addCategory(organiser, id, "最美综合执法人", "seed000-person");
		String page = "/campaigns/" + id + "/categories/" + category + "/form";
		FormVersion first = this.forms.current(category).orElseThrow();
		List<FormDefinition.Field> seedFields = first.definition().fields();

		this.mvc.perform(get(page).with(user(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<template id=\"fields-template\">")))
			.andExpect(content().string(containsString("name=\"fields[ROWINDEX].added\" value=\"true\"")))
			.andExpect(content().string(containsString("name=\"fields[0].removed\"")));

		// the last seed field ticked for removal, a 荣誉 table added, and an added row left blank
		int added = seedFields.size();
		MultiValueMap<String, String> revision = formAsPosted(first);
		revision.add("fields[" + (added - 1) + "].removed", "true");
		revision.add("fields[" + added + "].added", "true");
		revision.add("fields[" + added + "].key", "awards");
		revision.add("fields[" + added + "].label", "所获荣誉");
		revision.add("fields[" + added + "].type", "TABLE");
		revision.add("fields[" + added + "].columns", "时间\n荣誉名称\n\n授予单位");
		revision.add("fields[" + added + "].choices", "typed before the type was changed");
		revision.add("fields[" + (added + 1) + "].added", "true");
		revision.add("fields[" + (added + 1) + "].key", "");
		this.mvc.perform(post(page).with(user(organiser)).with(csrf()).params(revision))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "campaign.pages.form.saved"));

		FormVersion second = this.forms.current(category).orElseThrow();
		assertThat(second.version()).isEqualTo(2);
		List<String> keys = new ArrayList<>(seedFields.stream().map(FormDefinition.Field::key).toList());
		keys.set(added - 1, "awards"); // the removed last field's place goes to the added one
		assertThat(second.definition().fields()).extracting(FormDefinition.Field::key).containsExactlyElementsOf(keys);
		assertThat(second.definition().field("awards")).isEqualTo(new FormDefinition.Field("awards", "所获荣誉",
				FormDefinition.FieldType.TABLE, false, null, null, List.of(), List.of("时间", "荣誉名称", "授予单位"), false,
				null));
		assertThat(this.forms.find(category, 1).orElseThrow().definition()).isEqualTo(first.definition());
		this.mvc.perform(get(page).with(user(organiser)))
			.andExpect(content().string(containsString("<code>awards</code>")))
			.andExpect(content().string(containsString("时间、荣誉名称、授予单位")));

		// an added field reusing a key and lacking its type is refused, shown again as typed, and saves nothing
		int next = second.definition().fields().size();
		MultiValueMap<String, String> refused = formAsPosted(second);
		refused.add("fields[" + next + "].added", "true");
		refused.add("fields[" + next + "].key", "phone");
		refused.add("fields[" + next + "].label", "备用电话");
		this.mvc.perform(post(page).with(user(organiser)).with(csrf()).params(refused))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 " + (next + 1) + " 个字段的代码“phone”与前面的字段重复。")))
			.andExpect(content().string(containsString("第 " + (next + 1) + " 个字段缺少名称或类型。")))
			.andExpect(content().string(
					containsPattern("name=\"fields\\[" + next + "]\\.key\"\\s+value=\"phone\"")))
			.andExpect(content().string(
					containsPattern("name=\"fields\\[" + next + "]\\.label\"\\s+value=\"备用电话\"")));
		assertThat(this.forms.current(category).orElseThrow().version()).isEqualTo(2);
	}

	private Long createCampaign(UserDetails organiser) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/campaigns").with(user(organiser)).with(csrf())
				.param("title", "评选活动 " + SEQUENCE.incrementAndGet())
				.param("publicityWorkingDays", "5"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return idIn(created.getResponse().getRedirectedUrl());
	}

	private Long addCategory(UserDetails organiser, Long campaignId, String name, String template) throws Exception {
		this.mvc.perform(post("/campaigns/" + campaignId + "/categories").with(user(organiser)).with(csrf())
				.param("name", name)
				.param("nomineeKind", template.endsWith("deed") ? "DEED" : "PERSON")
				.param("quota", "10")
				.param("templateKey", template))
			.andExpect(redirectedUrl("/campaigns/" + campaignId));
		return this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
			.stream()
			.filter(category -> category.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** The form page as posted when opened on {@code version} and saved without a change. */
	private static MultiValueMap<String, String> formAsPosted(FormVersion version) {
		FormDefinition form = version.definition();
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("baseVersion", String.valueOf(version.version()));
		params.add("title", form.title());
		params.add("photos.min", String.valueOf(form.photos().min()));
		params.add("photos.max", String.valueOf(form.photos().max()));
		if (form.sealedScanRequired()) {
			params.add("sealedScanRequired", "true");
		}
		for (int i = 0; i < form.fields().size(); i++) {
			FormDefinition.Field field = form.fields().get(i);
			String path = "fields[" + i + "].";
			params.add(path + "key", field.key());
			params.add(path + "label", field.label());
			params.add(path + "maxChars", field.maxChars() == null ? "" : field.maxChars().toString());
			params.add(path + "targetChars", field.targetChars() == null ? "" : field.targetChars().toString());
			params.add(path + "choices", String.join("\n", field.choices()));
			if (field.required()) {
				params.add(path + "required", "true");
			}
		}
		return params;
	}

	/** One row per schedulable phase, as the page posts them; phases not in {@code windows} stay unticked. */
	private static MockHttpServletRequestBuilder schedule(MockHttpServletRequestBuilder request,
			Map<CampaignPhase, List<LocalDate>> windows) {
		List<CampaignPhase> phases = CampaignPhase.schedulable();
		for (int i = 0; i < phases.size(); i++) {
			CampaignPhase phase = phases.get(i);
			request.param("schedule[" + i + "].phase", phase.name());
			List<LocalDate> window = windows.get(phase);
			if (window != null) {
				request.param("schedule[" + i + "].scheduled", "true")
					.param("schedule[" + i + "].startsOn", window.get(0).toString())
					.param("schedule[" + i + "].endsOn", window.get(1).toString());
			}
		}
		return request;
	}

	/** Rendered markup is indented as the templates are, so the tests match it ignoring whitespace. */
	private static Matcher<String> containsPattern(String regex) {
		return matchesPattern(Pattern.compile(".*" + regex + ".*", Pattern.DOTALL));
	}

	private static Long idIn(String url) {
		return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
	}

	private Unit unit(UnitType type) {
		int n = SEQUENCE.incrementAndGet();
		return this.units.save(new Unit("cp-" + System.nanoTime() + "-" + n, "单位" + n, type, null));
	}

	private UserDetails organiserOf(Unit unit) {
		return account(Role.ORGANISER, unit);
	}

	private UserDetails account(Role role, Unit unit) {
		String username = "cp-" + role.name().toLowerCase() + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
		Account account = new Account(username, username, "{noop}unused", role, unit.getId(), null);
		account.changePassword("{noop}unused", java.time.Instant.now()); // past the forced first-login change
		this.accounts.save(account);
		return this.userDetailsService.loadUserByUsername(username);
	}

}
