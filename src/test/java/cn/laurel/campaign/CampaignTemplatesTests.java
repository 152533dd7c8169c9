package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The five seed plans as templates: each creates a campaign its organiser can open for nominations as it is. */
@LaurelIntegrationTest
class CampaignTemplatesTests {

	@Autowired
	CampaignTemplates templates;

	@Autowired
	CampaignSetup setup;

	@Autowired
	Categories categories;

	@Autowired
	Issuers issuers;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	Unit office;

	UserDetails organiser;

	@BeforeEach
	void organiser() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.office = this.units.save(new Unit("tpl-" + suffix, "领导小组办公室" + suffix, UnitType.OFFICE_SECTION, null));
		Account account = new Account("tpl-" + suffix, "组织者", "{noop}x", Role.ORGANISER, this.office.getId(), null);
		account.changePassword("{noop}x", java.time.Instant.now());
		this.accounts.save(account);
		this.organiser = this.users.loadUserByUsername(account.getUsername());
	}

	@ParameterizedTest
	@ValueSource(strings = { "seed000", "seed001", "seed002", "seed003", "seed004" })
	void eachSeedPlanCreatesACampaignReadyToOpenForNominations(String key) {
		LocalDate start = LocalDate.now();
		Campaign created = as(() -> this.templates.create(this.office.getId(), key, start));

		assertThat(created.getPhase()).isEqualTo(CampaignPhase.PREPARATION);
		assertThat(created.window(CampaignPhase.NOMINATION)).get().extracting(PhaseWindow::startsOn).isEqualTo(start);
		assertThat(this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(created.getId())).isNotEmpty();
		assertThat(as(() -> this.setup.advance(created.getId(), null)).getPhase()).isEqualTo(CampaignPhase.NOMINATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "seed000", "seed001", "seed002", "seed003", "seed004" })
	void eachTemplateHasExactlyItsPlansStagesAndScoresOnlyWhereThePlanScores(String key) {
		Campaign created = as(() -> this.templates.create(this.office.getId(), key, LocalDate.now()));
		List<CampaignPhase> stages = created.getSchedule().stream().map(PhaseWindow::phase).toList();
		// 000: 社会监督员评议打分 + 网络投票 + 领导小组投票; 001: 网络投票 then 专家和媒体代表综合评定;
		// 002: 省厅考察审核 and 研究审定; 003: 审核评选 and the leading group's 审定; 004: 镇组织办审核 and the 镇党委's decision
		List<CampaignPhase> expected = switch (key) {
			case "seed000" -> List.of(CampaignPhase.NOMINATION, CampaignPhase.ENDORSEMENT,
					CampaignPhase.PRELIMINARY_REVIEW, CampaignPhase.VOTING, CampaignPhase.EVALUATION,
					CampaignPhase.PUBLICITY, CampaignPhase.DECISION, CampaignPhase.ANNOUNCEMENT, CampaignPhase.PROMOTION);
			case "seed001" -> List.of(CampaignPhase.NOMINATION, CampaignPhase.PRELIMINARY_REVIEW, CampaignPhase.VOTING,
					CampaignPhase.EVALUATION, CampaignPhase.PUBLICITY, CampaignPhase.DECISION, CampaignPhase.ANNOUNCEMENT,
					CampaignPhase.PROMOTION);
			// seed 003's only 公示 is the nominating units' own, before they recommend
			case "seed003" -> List.of(CampaignPhase.NOMINATION, CampaignPhase.ENDORSEMENT,
					CampaignPhase.PRELIMINARY_REVIEW, CampaignPhase.DECISION, CampaignPhase.ANNOUNCEMENT,
					CampaignPhase.PROMOTION);
			default -> List.of(CampaignPhase.NOMINATION, CampaignPhase.ENDORSEMENT, CampaignPhase.PRELIMINARY_REVIEW,
					CampaignPhase.PUBLICITY, CampaignPhase.DECISION, CampaignPhase.ANNOUNCEMENT, CampaignPhase.PROMOTION);
		};
		assertThat(stages).containsExactlyElementsOf(expected);
		assertThat(created.getScoringWeights().isEmpty()).isEqualTo(!stages.contains(CampaignPhase.EVALUATION));
	}

	@Test
	void aStageTheCampaignHasReachedCannotBeDroppedFromTheSchedule() {
		Campaign created = as(() -> this.templates.create(this.office.getId(), "seed003", LocalDate.now()));
		as(() -> this.setup.advance(created.getId(), null));
		List<PhaseWindow> withoutNomination = created.getSchedule()
			.stream()
			.filter(window -> window.phase() != CampaignPhase.NOMINATION)
			.toList();

		assertThatThrownBy(() -> as(() -> this.setup.schedule(created.getId(), withoutNomination)))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.contains(Violation.of("schedule", "campaign.rule.started-phase-dropped", "phase.NOMINATION")));
		List<PhaseWindow> withoutPromotion = created.getSchedule()
			.stream()
			.filter(window -> window.phase() != CampaignPhase.PROMOTION)
			.toList();
		assertThat(as(() -> this.setup.schedule(created.getId(), withoutPromotion)).schedules(CampaignPhase.PROMOTION))
			.isFalse();
	}

	/** Each chain step is titled as its seed's form words the row (issue 16 item 4). */
	@Test
	void theTemplatesCarryTheSeedsOpinionRows() {
		Campaign seed000 = as(() -> this.templates.create(this.office.getId(), "seed000", LocalDate.now()));
		assertThat(seed000.chainFor(UnitType.OFFICE_SECTION, null)).extracting(EndorsementStep::title)
			.containsExactly("部门负责人意见", "分管（联系）局领导意见");
		assertThat(seed000.chainFor(UnitType.STATIONED_SQUADRON, null)).extracting(EndorsementStep::title)
			.containsExactly("部门负责人意见", "镇街（功能区、保护区）意见", "分管（联系）局领导意见");
		assertThat(seed000.chainFor(UnitType.STATIONED_SQUADRON, null)).extracting(EndorsementStep::sealRequired)
			.containsExactly(false, true, false);

		Campaign seed002 = as(() -> this.templates.create(this.office.getId(), "seed002", LocalDate.now()));
		for (UnitType type : List.of(UnitType.CITY, UnitType.COUNTY)) {
			assertThat(seed002.chainFor(type, null)).filteredOn(EndorsementStep::consultationRequired)
				.extracting(EndorsementStep::title)
				.containsExactly("纪检监察部门意见");
		}

		Campaign seed003 = as(() -> this.templates.create(this.office.getId(), "seed003", LocalDate.now()));
		Map<String, Long> ids = new HashMap<>();
		this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(seed003.getId())
			.forEach(category -> ids.put(category.getName(), category.getId()));
		String approval = "洛阳市委党史学习教育领导小组审批意见";
		assertThat(seed003.chainFor(UnitType.COUNTY, ids.get("群众满意度高的实事（服务项目）")))
			.extracting(EndorsementStep::title)
			.containsExactly("责任单位意见", "县区党史学习教育领导小组推荐意见", approval);
		assertThat(seed003.chainFor(UnitType.CITY_DEPARTMENT, ids.get("群众满意度高的实事（服务项目）")))
			.extracting(EndorsementStep::title)
			.containsExactly("责任单位意见", approval);
		assertThat(seed003.chainFor(UnitType.CITY_DEPARTMENT, ids.get("先进服务单位（团队）")))
			.extracting(EndorsementStep::title)
			.containsExactly("工作单位意见", "所在单位纪检监察部门意见", approval);
		assertThat(seed003.chainFor(UnitType.UNIVERSITY, ids.get("党员服务标兵"))).extracting(EndorsementStep::title)
			.containsExactly("工作单位意见", "工作单位纪检监察部门意见", approval);
		assertThat(seed003.chainFor(UnitType.TOWN, ids.get("群众满意度高的实事（服务项目）")).get(1))
			.satisfies(step -> assertThat(step.endorserUnit()).isEqualTo(EndorsementStep.EndorserUnit.PARENT_UNIT));
		assertThat(seed003.getEndorsementSteps()).allMatch(step -> step.categoryId() != null && step.sealRequired());
	}

	@Test
	void theTemplatesCarryTheSeedsRules() {
		// seed 002: 20 places, 15 系统干部职工 + 5 社会救援力量, 5 working days of 公示
		CampaignTemplate seed002 = this.templates.find("seed002").orElseThrow();
		assertThat(seed002.categories().get(0).settings().segments()).extracting(Segment::quota).containsExactly(15, 5);
		assertThat(seed002.basics().publicityWorkingDays()).isEqualTo(5);
		// seed 003: 市直单位 1 per category, 县区 3 per category; seed 001: 3 working days, five co-hosts
		Campaign seed003 = as(() -> this.templates.create(this.office.getId(), "seed003", LocalDate.now()));
		assertThat(seed003.getNominationLimits()).filteredOn(l -> l.unitType() == UnitType.COUNTY)
			.hasSize(3)
			.allMatch(l -> l.maxCount() == 3 && l.categoryId() != null);
		// seed 003: 推荐名单和项目在县区主要媒体或单位公示不少于3个工作日
		assertThat(seed003.getUnitPublicity()).isEqualTo(new UnitPublicityRule(true, 3));
		assertThat(this.templates.find("seed000").orElseThrow().unitPublicity().required()).isFalse();
		// seed 003: each recommending unit chooses from what the units below it put up (层层推选)
		assertThat(seed003.getNominationLimits()).allMatch(NominationLimit::countsUnitsBelow);
		assertThat(this.templates.find("seed000").orElseThrow().nominationLimits())
			.allMatch(l -> l.reach() == null || l.reach() == NominationLimit.Reach.UNIT_ALONE);
		assertThat(seed003.getNominationLimits()).filteredOn(l -> l.unitType() == UnitType.CITY_DEPARTMENT)
			.allMatch(l -> l.maxCount() == 1);
		CampaignTemplate seed001 = this.templates.find("seed001").orElseThrow();
		assertThat(seed001.basics().hosts()).hasSize(5);
		assertThat(seed001.basics().publicityWorkingDays()).isEqualTo(3);
		// seed 004: 2 years of party work for 优秀党务工作者; the 20 % cap on 支部书记 needs the branches' allocations
		CampaignTemplate seed004 = this.templates.find("seed004").orElseThrow();
		assertThat(seed004.notes()).contains("支部书记", "20%");
		assertThat(seed004.categories().get(2).eligibilityRules()).extracting(EligibilityRule::type)
			.contains(EligibilityRule.Type.MIN_PARTY_WORK_YEARS);
		// seed 004: 优秀共产党员 are 正式党员; seed 003: 党员服务标兵 are party members, 实事 completed in 2021
		assertThat(seed004.categories().get(1).eligibilityRules()).extracting(EligibilityRule::type)
			.contains(EligibilityRule.Type.FULL_PARTY_MEMBER);
		CampaignTemplate seed003Plan = this.templates.find("seed003").orElseThrow();
		assertThat(seed003Plan.categories().get(2).eligibilityRules()).extracting(EligibilityRule::type)
			.contains(EligibilityRule.Type.PARTY_MEMBER);
		assertThat(seed003Plan.categories().get(0).eligibilityRules())
			.filteredOn(rule -> rule.type() == EligibilityRule.Type.COMPLETED_IN_YEAR)
			.singleElement()
			.extracting(EligibilityRule::year)
			.isEqualTo(2021);
	}

	/**
	 * Seed 000 started on its plan's day (2021年9月13日) keeps its plan's calendar: submissions by 10月10日, 初审 in
	 * 10月中下旬, 评选 (votes, both panels and the 公示) in 11月上旬, the 局党组's decision after it, 宣传表彰 in 12月上旬.
	 */
	@Test
	void seed000RunsOnItsPlansCalendar() {
		Campaign created = as(() -> this.templates.create(this.office.getId(), "seed000", LocalDate.of(2021, 9, 13)));
		assertThat(window(created, CampaignPhase.NOMINATION).endsOn()).isEqualTo(LocalDate.of(2021, 10, 10));
		assertThat(window(created, CampaignPhase.ENDORSEMENT).endsOn()).isEqualTo(LocalDate.of(2021, 10, 10));
		assertWithin(created, CampaignPhase.PRELIMINARY_REVIEW, LocalDate.of(2021, 10, 11), LocalDate.of(2021, 10, 31));
		for (CampaignPhase selection : List.of(CampaignPhase.VOTING, CampaignPhase.EVALUATION,
				CampaignPhase.PUBLICITY)) {
			assertWithin(created, selection, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 10));
		}
		// 5 working days of 公示 fit its window: 11月4日 (Thursday) to 11月10日
		assertThat(window(created, CampaignPhase.PUBLICITY).startsOn()).isEqualTo(LocalDate.of(2021, 11, 4));
		assertWithin(created, CampaignPhase.DECISION, LocalDate.of(2021, 11, 11), LocalDate.of(2021, 11, 30));
		assertWithin(created, CampaignPhase.ANNOUNCEMENT, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 10));
	}

	private static PhaseWindow window(Campaign campaign, CampaignPhase phase) {
		return campaign.window(phase).orElseThrow();
	}

	private static void assertWithin(Campaign campaign, CampaignPhase phase, LocalDate from, LocalDate to) {
		assertThat(window(campaign, phase).startsOn()).as("%s starts", phase).isBetween(from, to);
		assertThat(window(campaign, phase).endsOn()).as("%s ends", phase).isBetween(from, to);
	}

	/**
	 * Each campaign's 公文 are issued by its plan's issuing body, which the overview shows as 主办单位 beside the office
	 * that runs it, with the plan's addressees and contact.
	 */
	@Test
	void eachTemplateSetsItsPlansIssuingBody() throws Exception {
		Map<String, String> bodies = Map.of("seed000", "青岛西海岸新区综合行政执法局", "seed001", "临沂市城市管理局", "seed002",
				"浙江省应急管理厅", "seed003", "中共洛阳市委党史学习教育领导小组");
		for (Map.Entry<String, String> plan : bodies.entrySet()) {
			Campaign created = as(() -> this.templates.create(this.office.getId(), plan.getKey(), LocalDate.now()));
			assertThat(as(() -> this.issuers.of(created.getId())).issuingBody()).isEqualTo(plan.getValue());
		}
		// seed 004's plan names no town: its 公文 are issued in the name of the organising 镇党委 itself
		Campaign town = as(() -> this.templates.create(this.office.getId(), "seed004", LocalDate.now()));
		assertThat(as(() -> this.issuers.of(town.getId())).issuingBody()).isNull();
		assertThat(as(() -> this.issuers.issuingBody(town.getId()))).isEqualTo(this.office.getName());
		Campaign seed000 = as(() -> this.templates.create(this.office.getId(), "seed000", LocalDate.now()));
		Issuer issuer = as(() -> this.issuers.of(seed000.getId()));
		assertThat(issuer.recipients()).isEqualTo("各科室（中心）、各直属中队、各派驻中队");
		assertThat(issuer.objectionPhone()).isEqualTo("18866220166");
		this.mvc.perform(get("/campaigns/" + seed000.getId()).with(user(this.organiser)))
			.andExpect(content().string(containsString("主办单位</dt>")))
			.andExpect(content().string(containsString(">青岛西海岸新区综合行政执法局</dd>")))
			.andExpect(content().string(containsString(">" + this.office.getName() + "</dd>")));
		this.mvc.perform(get("/campaigns").with(user(this.organiser)))
			.andExpect(content().string(containsString("<td>青岛西海岸新区综合行政执法局</td>")));
	}

	/** No title carries a stale year: seed 004's yearly “七一” 表彰 is titled with the year the campaign starts in. */
	@Test
	void titlesNameTheCampaignsYearNotThePlans() {
		for (CampaignTemplate template : this.templates.all()) {
			Campaign created = as(() -> this.templates.create(this.office.getId(), template.key(),
					LocalDate.of(2027, 6, 1)));
			assertThat(created.getTitle().replace("2027年", "")).as(template.key()).doesNotContainPattern("[0-9]{4}年");
		}
		Campaign seed004 = as(() -> this.templates.create(this.office.getId(), "seed004", LocalDate.of(2027, 6, 1)));
		assertThat(seed004.getTitle()).isEqualTo("2027年“七一”表彰");
	}

	/** Each category carries its plan's 评选标准 in the plan's words, and a campaign made from it keeps them. */
	@Test
	void eachCategoryCarriesItsPlansCriteria() {
		Map<String, List<String>> wording = Map.ofEntries(
				// seed 000: the four aspects, one of which a nominee meets
				Map.entry("最美综合执法人", List.of("（一）思想道德方面。", "（二）为民服务方面。", "（三）执法办案方面。", "（四）攻坚克难方面。")),
				Map.entry("综合执法系统最感动群众十件实事", List.of("事迹突出、鲜活感人、社会认同", "（四）攻坚克难方面。")),
				// seed 001: the two standards after the political one
				Map.entry("“最美城管人”之“最美口袋公园建设者”", List.of("旗帜鲜明讲政治", "立足本职，甘于奉献")),
				Map.entry("“最美城管人”之“最美新市民”", List.of("旗帜鲜明讲政治", "“共建共管共治共享”理念")),
				Map.entry("“最美应急人”", List.of("（一）政治坚定、对党忠诚。", "（四）公道正派、廉洁自律。", "一般不推选领导班子成员")),
				// seed 003: the conditions of each category
				Map.entry("群众满意度高的实事（服务项目）", List.of("（1）引领性强。", "（2）示范性强。", "（3）精准度高。")),
				Map.entry("先进服务单位（团队）", List.of("（1）社会公信力强。", "（3）服务成效显著。")),
				Map.entry("党员服务标兵", List.of("在职党员干部", "（4）符合上述条件，并具备以下情况的优先考虑。")),
				// seed 004: the common conditions and each honour's own
				Map.entry("先进基层党组织", List.of("保持党的先进性", "充分发挥战斗堡垒作用")),
				Map.entry("优秀共产党员", List.of("的正式党员。", "没有受过相关法律处罚和党纪处分")),
				Map.entry("优秀党务工作者", List.of("从事专（兼）职党务工作2年以上")));
		for (CampaignTemplate template : this.templates.all()) {
			Campaign created = as(() -> this.templates.create(this.office.getId(), template.key(), LocalDate.now()));
			for (Category category : this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(created.getId())) {
				assertThat(category.getCriteriaParagraphs()).as(category.getName()).hasSizeGreaterThan(1);
				assertThat(category.getCriteria()).as(category.getName())
					.contains(wording.get(category.getName()))
					.doesNotContain(",", "(");
			}
		}
	}

	@Test
	void anOrganiserCreatesFromATemplateThroughThePageAndAMissingChoiceIsRefusedInChinese() throws Exception {
		this.mvc.perform(get("/campaigns/templates").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("临沂市第六届“最美城管人”评选活动实施方案")));
		this.mvc.perform(post("/campaigns/templates").with(user(this.organiser)).with(csrf())
				.param("startsOn", "2027-03-27"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择一个活动方案模板。")))
			.andExpect(content().string(containsString("value=\"2027-03-27\"")));

		String location = this.mvc.perform(post("/campaigns/templates").with(user(this.organiser)).with(csrf())
				.param("templateKey", "seed002").param("startsOn", "2027-03-27"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Campaign created = as(() -> this.setup.campaign(Long.valueOf(location.substring(location.lastIndexOf('/') + 1))));
		assertThat(created.getTitle()).isEqualTo("第三届“最美应急人”选树学习宣传活动");
		assertThat(created.getOrganiserUnitId()).isEqualTo(this.office.getId());
		assertThat(created.window(CampaignPhase.PUBLICITY)).isPresent();
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.organiser, null,
					this.organiser.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
