package cn.laurel.scoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.award.DecisionWording;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.SeedAnswers;
import cn.laurel.nomination.UnitPublicity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;
import cn.laurel.publicity.PublicityRound;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16's acceptance: a campaign made from each seed plan's template walks exactly the plan's stages, from a
 * clerk's nomination through every step of its chain, 初审, the office's selection (seeds 002-004 have no 评审) or
 * 网络投票 and the panels' 评审 (seeds 000 and 001), 公示, the decision (审定) and 发布表彰, the clock following the
 * plan's days so that no stage is left early. The real shortlist is used (the office's selection or the locked
 * scoring), only the clock is replaced. The office records the decision on its page and the public reads the roll on
 * theirs. Here in the scoring package, whose panels seeds 000 and 001 need.
 */
@LaurelIntegrationTest
@Import(TemplateWalkTests.SettableClockOnly.class)
class TemplateWalkTests {

	/** Monday 2 November 2026: no public holiday until the plans' 公示 are over. */
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** The clock the walks move along the plans' days; the scoring module's shortlist stays the real one. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SettableClockOnly {

		@Bean
		@Primary
		PublicityFixtures.SettableClock settableClock() {
			return new PublicityFixtures.SettableClock();
		}

	}

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	CampaignTemplates templates;

	@Autowired
	CampaignSetup setup;

	@Autowired
	NominationDriver workflow;

	@Autowired
	OfficeSelection selection;

	@Autowired
	Publicity publicity;

	@Autowired
	PanelSetup panels;

	@Autowired
	Panels existing;

	@Autowired
	Judging judging;

	@Autowired
	Shortlisting desk;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	Units units;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Seed 003 (洛阳 “百名先进”), 党员服务标兵 from a city department: the unit's own 公示 of 3 working days with its proof
	 * before it may recommend, then 工作单位意见 → 工作单位纪检监察部门意见 → 市委党史学习教育领导小组审批意见, 初审, the office's
	 * 审核评选 and the leading group's 审定 of the office's selection: the plan has no city-level 公示, the units' own
	 * being the one it asks for.
	 */
	@Test
	void seed003WalksItsPlanWithTheUnitsOwnPublicityAndNoScoring() throws Exception {
		Walk walk = new Walk("seed003");
		walk.open();
		Category category = walk.category("党员服务标兵");
		Unit department = walk.scenario.unit(UnitType.CITY_DEPARTMENT, walk.scenario.office);
		LaurelUser clerk = walk.scenario.account(Role.CLERK, department, null);
		Drafting.Revision answers = SeedAnswers.seed003Person(SeedAnswers.ID_NUMBER);
		long id = as(clerk, () -> {
			long draft = this.workflow.startDraft(category.getId()).getId();
			this.workflow.saveDraft(draft, answers);
			this.workflow.attach(draft, FilePurpose.PHOTO, "证件照.png", SeedAnswers.seed003Photo());
			this.workflow.attach(draft, FilePurpose.SEALED_SCAN, "推荐表.pdf", PDF);
			this.workflow.attach(draft, FilePurpose.UNIT_PUBLICITY_PROOF, "公示截图.pdf", PDF);
			return draft;
		});
		UnitPublicity ownPublicity = new UnitPublicity(walk.today(), "市民政局门户网站");
		Drafting.Revision withPublicity = new Drafting.Revision(answers.answers(), null, false,
				walk.declarations(category), ownPublicity);

		assertThat(as(clerk, () -> this.workflow.submit(id, withPublicity))).extracting(Refusal.Reason::code)
			.containsExactly("nomination.rule.unit-publicity-running");
		this.clock.set(START.plusDays(3));
		assertThat(as(clerk, () -> this.workflow.submit(id, withPublicity))).isEmpty();

		walk.endorseAndPass(id);
		walk.selectByOffice(category, id);
		walk.decide();
		walk.finish(id, "赵红梅");
	}

	/**
	 * Seed 004 (镇 “两优一先”), 优秀共产党员 from a party branch: 纪检监察部门意见 at the branch's party committee, the
	 * 镇组织办's 审核, 公示 and the 镇党委's decision.
	 */
	@Test
	void seed004WalksItsPlanWithoutScoring() throws Exception {
		walkPerson("seed004", "优秀共产党员", under(UnitType.PARTY_BRANCH), "钱党员", null,
				Map.of("ethnicity", "汉族", "joinedPartyOn", "2008.07", "education", "大学本科", "branchSecretary", "否"));
	}

	/**
	 * Seed 002 (省 “最美应急人”), from a county: 组织人事部门意见 → 纪检监察部门意见 (with the 征求意见表 of same-level
	 * departments) → 市应急管理局意见, then 省厅考察审核 as the office's selection, 公示 and 研究审定.
	 */
	@Test
	void seed002WalksItsPlanWithTheConsultationFormAndWithoutScoring() throws Exception {
		walkPerson("seed002", "“最美应急人”", under(UnitType.COUNTY), "孙应急", "应急管理系统干部职工",
				Map.of("ethnicity", "汉族", "education", "大学本科", "workedSince", "2008.07"));
	}

	/**
	 * Seed 001 (临沂 “最美城管人”), from a city department, no chain: 初审, 网络投票, the experts' and media's 评审 as the
	 * plan's only weighed component, 公示 and the decision.
	 */
	@Test
	void seed001WalksItsPlanThroughVotingAndThePanel() throws Exception {
		walkPerson("seed001", "“最美城管人”之“最美新市民”", under(UnitType.CITY_DEPARTMENT), "周城管", null,
				Map.of("ethnicity", "汉族", "identity", "市民"));
	}

	/**
	 * Seed 000 (青岛西海岸 “最美综合执法人”), from a 派驻中队 of the 局 stationed in a town: 部门负责人意见 →
	 * 镇街（功能区、保护区）意见 (sealed) → 分管（联系）局领导意见, 初审, 网络投票, 评审 by the 社会监督员 and the leading group
	 * (60 + 30, votes 10), 公示 and the 局党组's decision.
	 */
	@Test
	void seed000WalksItsPlanThroughVotingAndBothPanels() throws Exception {
		walkPerson("seed000", "最美综合执法人",
				scenario -> scenario.stationedSquadron(scenario.office, scenario.unit(UnitType.TOWN, scenario.office)),
				"吴执法", null,
				Map.of("ethnicity", "汉族", "education", "大学本科", "enforcementSince", "2012.03"));
	}

	/** A unit of {@code type} right under the office. */
	static Function<NominationScenario, Unit> under(UnitType type) {
		return scenario -> scenario.unit(type, scenario.office);
	}

	/**
	 * A unit {@code nominator} makes in the walk's organisation nominates {@code name} on the category's person form,
	 * which asks for {@code more} besides the generic answers.
	 */
	void walkPerson(String key, String categoryName, Function<NominationScenario, Unit> nominator, String name,
			String segment, Map<String, String> more) throws Exception {
		Walk walk = new Walk(key);
		walk.open();
		Category category = walk.category(categoryName);
		Unit unit = nominator.apply(walk.scenario);
		long id = walk.submitPerson(unit, category, name, segment, more);

		walk.endorseAndPass(id);
		if (walk.campaign().schedules(CampaignPhase.EVALUATION)) {
			walk.scoreByPanels(id);
		}
		else {
			walk.selectByOffice(category, id);
		}
		walk.publishAndDecide();
		walk.finish(id, name);
	}

	/** One campaign made from a template, its office and organiser, and the phases it has passed through. */
	class Walk {

		final NominationScenario scenario = TemplateWalkTests.this.scenarios.create();

		final CampaignTemplate template;

		final long campaignId;

		final List<CampaignPhase> passed = new ArrayList<>();

		Walk(String key) {
			this.template = TemplateWalkTests.this.templates.find(key).orElseThrow();
			TemplateWalkTests.this.clock.set(START);
			this.campaignId = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.templates.create(this.scenario.office.getId(), key, START))
				.getId();
		}

		LocalDate today() {
			return LocalDate.now(TemplateWalkTests.this.clock);
		}

		Campaign campaign() {
			return as(this.scenario.organiser, () -> TemplateWalkTests.this.setup.campaign(this.campaignId));
		}

		Category category(String name) {
			return as(this.scenario.organiser, () -> TemplateWalkTests.this.setup.categoriesOf(this.campaignId))
				.stream()
				.filter(category -> category.getName().equals(name))
				.findFirst()
				.orElseThrow();
		}

		/** Every rule of the category's template declared as met (party work since 2010). */
		List<Declaration> declarations(Category category) {
			return this.template.categories()
				.stream()
				.filter(c -> c.settings().name().equals(category.getName()))
				.flatMap(c -> c.eligibilityRules().stream())
				.map(EligibilityRule::type)
				.map(type -> new Declaration(type, true,
						type == EligibilityRule.Type.MIN_PARTY_WORK_YEARS ? "2010.01" : null))
				.toList();
		}

		/** 筹备 → 申报. */
		void open() {
			advanceTo(CampaignPhase.NOMINATION);
		}

		/**
		 * Moves on to the next phase on the first day the plan allows it: once the current window is over and the
		 * next has begun, so that no early reason is ever needed; then checks the invariants.
		 */
		CampaignPhase advance() {
			Campaign campaign = campaign();
			CampaignPhase next = campaign.nextPhase().orElseThrow();
			LocalDate day = today();
			Optional<PhaseWindow> current = campaign.window(campaign.getPhase());
			if (current.isPresent() && !current.get().isOver(day)) {
				day = current.get().endsOn().plusDays(1);
			}
			LocalDate opens = campaign.window(next).map(PhaseWindow::startsOn).orElse(day);
			TemplateWalkTests.this.clock.set(opens.isAfter(day) ? opens : day);
			CampaignPhase reached = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.setup.advance(this.campaignId, null))
				.getPhase();
			this.passed.add(reached);
			// the invariant checker finds nothing wrong after every transition of the campaign
			CampaignConsistency.assertConsistent(TemplateWalkTests.this.invariants, this.scenario.organiser,
					this.campaignId);
			return reached;
		}

		void advanceTo(CampaignPhase phase) {
			while (campaign().getPhase() != phase) {
				assertThat(advance()).as("advancing towards %s", phase).isLessThanOrEqualTo(phase);
			}
		}

		/**
		 * A clerk of {@code unit} fills the category's person form (the generic answers and {@code more}), with one
		 * photo and the sealed scan where the form asks for it, and submits it.
		 */
		long submitPerson(Unit unit, Category category, String name, String segment, Map<String, String> more) {
			LaurelUser clerk = this.scenario.account(Role.CLERK, unit, null);
			Map<String, String> values = new HashMap<>(more);
			values.putAll(Map.of("name", name, "gender", "男", "birthMonth", "1985.07", "politicalStatus", "中共党员",
					"workplaceAndPost", "应急救援队 队员", "phone", "13800000000", "deeds", "勤勉履职，群众满意。"));
			Drafting.Revision revision = new Drafting.Revision(new Answers(values, Map.of()),
					segment, false, declarations(category));
			return as(clerk, () -> {
				long draft = TemplateWalkTests.this.workflow.startDraft(category.getId()).getId();
				TemplateWalkTests.this.workflow.attach(draft, FilePurpose.PHOTO, "photo.png", PublicityFixtures.png());
				NominationDriver nominations = TemplateWalkTests.this.workflow;
				if (nominations.formOf(nominations.read(draft)).sealedScanRequired()) {
					nominations.attach(draft, FilePurpose.SEALED_SCAN, "申报表.pdf", PDF);
				}
				if (needsConsultation(unit)) {
					TemplateWalkTests.this.workflow.attach(draft, FilePurpose.OPINION_FORM, "征求意见表.pdf", PDF);
				}
				assertThat(TemplateWalkTests.this.workflow.submit(draft, revision)).isEmpty();
				return draft;
			});
		}

		private boolean needsConsultation(Unit unit) {
			return this.template.endorsementSteps()
				.stream()
				.anyMatch(step -> step.unitType() == unit.getType() && step.consultationRequired());
		}

		/**
		 * In the plan's endorsement stage, if it has one, every step of the nomination's chain signed by an endorser of
		 * the step's unit in the step's capacity (with an electronic seal); then 初审 passes it.
		 */
		void endorseAndPass(long id) {
			if (campaign().schedules(CampaignPhase.ENDORSEMENT)) {
				advanceTo(CampaignPhase.ENDORSEMENT);
			}
			Nomination nomination = read(id);
			assertThat(nomination.getChain()).extracting(ChainStep::title)
				.as("the plan's chain").containsExactlyElementsOf(plannedChain(nomination));
			while (nomination.getStatus() == NominationStatus.ENDORSING) {
				ChainStep step = nomination.getChain().get(nomination.getWaitingStep());
				Unit at = TemplateWalkTests.this.units.findById(step.endorserUnitId()).orElseThrow();
				LaurelUser endorser = this.scenario.account(Role.ENDORSER, at, step.capacity());
				nomination = as(endorser, () -> TemplateWalkTests.this.workflow.endorse(id,
						new Nomination.Opinion(true, "同意推荐。", "签署人", today(), null, step.sealRequired())));
			}
			assertThat(nomination.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
			advanceTo(CampaignPhase.PRELIMINARY_REVIEW);
			as(this.scenario.organiser, () -> TemplateWalkTests.this.workflow.pass(id));
		}

		/** The titles of the steps the plan gives the nomination's unit type in its category (else for all). */
		private List<String> plannedChain(Nomination nomination) {
			UnitType type = TemplateWalkTests.this.units.findById(nomination.getUnitId()).orElseThrow().getType();
			String category = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.setup.category(nomination.getCategoryId())).getName();
			List<CampaignTemplate.Step> ofType = this.template.endorsementSteps()
				.stream()
				.filter(step -> step.unitType() == type)
				.toList();
			List<CampaignTemplate.Step> own = ofType.stream().filter(step -> category.equals(step.category())).toList();
			return (own.isEmpty() ? ofType.stream().filter(step -> step.category() == null).toList() : own).stream()
				.map(CampaignTemplate.Step::title)
				.toList();
		}

		/** The office's own selection (审核评选) in 初审, the plan having no 评审: no panel, no scores. */
		void selectByOffice(Category category, long id) {
			assertThat(campaign().schedules(CampaignPhase.EVALUATION)).as("a scoring stage").isFalse();
			assertThat(OfficeSelection.selectsByOffice(campaign())).isTrue();
			as(this.scenario.organiser, () -> TemplateWalkTests.this.selection.select(this.campaignId,
					List.of(new OfficeSelection.Choice(category.getId(), List.of(id)))));
		}

		/**
		 * Through 网络投票 to 评审: a panel for each of the plan's panel components, judging every category (the one the
		 * template made for the leading group's vote, else a new one), whose one judge casts 同意 for the candidate;
		 * scoring is locked and the shortlist made from it.
		 */
		void scoreByPanels(long id) {
			advanceTo(CampaignPhase.EVALUATION);
			List<Category> categories = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.setup.categoriesOf(this.campaignId));
			this.template.scoringWeights()
				.stream()
				.filter(weight -> weight.component() == ScoringWeight.Source.PANEL)
				.forEach(weight -> {
					Panel panel = as(this.scenario.organiser, () -> {
						Panel made = TemplateWalkTests.this.existing.ofCampaign(this.campaignId)
							.stream()
							.filter(p -> p.settings().component().equals(weight.label()))
							.findFirst()
							.orElseGet(() -> TemplateWalkTests.this.panels.create(this.campaignId,
									new Panel.Settings(weight.label(), weight.label(), PanelMode.BALLOT, List.of(),
											Aggregation.MEAN, false, RecusalScope.OWN_UNIT)));
						return TemplateWalkTests.this.panels.assign(this.campaignId, made.id(), categories.stream()
							.map(category -> new Panel.Assignment(category.getId(), true, List.of()))
							.toList());
					});
					LaurelUser judge = this.scenario.account(Role.JUDGE, null, null);
					as(this.scenario.organiser, () -> TemplateWalkTests.this.panels.addMember(this.campaignId,
							panel.id(), judge.getUsername(), null));
					as(judge, () -> {
						TemplateWalkTests.this.judging.save(panel.id(), id, List.of(), Ballot.AGREE, null);
						TemplateWalkTests.this.judging.submit(panel.id());
					});
				});
			as(this.scenario.organiser, () -> {
				TemplateWalkTests.this.desk.lock(this.campaignId);
				return TemplateWalkTests.this.desk.generateShortlist(this.campaignId);
			});
		}

		/** The 公示 published on its stage's first day and run to its end, then the decision. */
		void publishAndDecide() throws Exception {
			advanceTo(CampaignPhase.PUBLICITY);
			PublicityRound round = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.publicity.publish(this.campaignId, today()))
				.round();
			assertThat(round.endsOn()).as("公示 ends within the plan's window")
				.isBeforeOrEqualTo(campaign().window(CampaignPhase.PUBLICITY).orElseThrow().endsOn());
			decide();
		}

		/** In 审定 the office records the decision on its page, and the public does not see the roll yet. */
		void decide() throws Exception {
			advanceTo(CampaignPhase.DECISION);
			String award = "/campaigns/" + this.campaignId + "/award";
			TemplateWalkTests.this.mvc
				.perform(post(award + "/decision").with(user(this.scenario.organiser)).with(csrf())
					.param("wording", DecisionWording.COMMENDATION.name())
					.param("decidingBody", "领导小组会议")
					.param("decidedOn", today().toString()))
				.andExpect(redirectedUrl(award));
			TemplateWalkTests.this.mvc.perform(get("/public/honours/" + this.campaignId))
				.andExpect(status().isNotFound());
		}

		/**
		 * 发布表彰: the roll is shown with the honouree and the nomination is 已表彰; then to the plan's last stage, the
		 * phases passed being exactly the plan's, and the checker finding nothing wrong.
		 */
		void finish(long id, String name) throws Exception {
			advanceTo(CampaignPhase.ANNOUNCEMENT);
			TemplateWalkTests.this.mvc.perform(get("/public/honours/" + this.campaignId))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name)));
			assertThat(read(id).getStatus()).isEqualTo(NominationStatus.HONOURED);
			CampaignPhase last = this.template.schedule().get(this.template.schedule().size() - 1).phase();
			advanceTo(last);
			assertThat(this.passed).containsExactlyElementsOf(
					this.template.schedule().stream().map(CampaignTemplate.Window::phase).toList());
		}

		Nomination read(long id) {
			return as(this.scenario.organiser, () -> TemplateWalkTests.this.workflow.read(id));
		}

	}

}
