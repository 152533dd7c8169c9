package cn.laurel.award;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationWorkflow;
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
import cn.laurel.scoring.OfficeSelection;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16's acceptance: a campaign made from each seed plan's template walks exactly the plan's stages, from a
 * clerk's nomination through every step of its chain, 初审, the office's selection (seeds 002-004 have no 评审),
 * 公示, the decision (审定) and 发布表彰, the clock following the plan's days so that no stage is left early. The
 * real shortlist is used (the office's selection), only the clock is replaced. Here in the award package, whose
 * decision ends the walk.
 */
@LaurelIntegrationTest
@Import(TemplateWalkTests.SettableClockOnly.class)
class TemplateWalkTests {

	/** Monday 2 November 2026: no holiday in the weeks the plans take. */
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
	NominationWorkflow workflow;

	@Autowired
	OfficeSelection selection;

	@Autowired
	Publicity publicity;

	@Autowired
	AwardDecisions decisions;

	@Autowired
	HonourRoll honourRoll;

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
	 * 审核评选, the city's 公示 and the leading group's 审定.
	 */
	@Test
	void seed003WalksItsPlanWithTheUnitsOwnPublicityAndNoScoring() {
		Walk walk = new Walk("seed003");
		walk.open();
		Category category = walk.category("党员服务标兵");
		Unit department = walk.scenario.unit(UnitType.CITY_DEPARTMENT, walk.scenario.office);
		LaurelUser clerk = walk.scenario.account(Role.CLERK, department, null);
		NominationWorkflow.Revision answers = SeedAnswers.seed003Person(SeedAnswers.ID_NUMBER);
		long id = as(clerk, () -> {
			long draft = this.workflow.startDraft(category.getId()).getId();
			this.workflow.saveDraft(draft, answers);
			this.workflow.attach(draft, FilePurpose.PHOTO, "证件照.png", SeedAnswers.seed003Photo());
			this.workflow.attach(draft, FilePurpose.SEALED_SCAN, "推荐表.pdf", PDF);
			this.workflow.attach(draft, FilePurpose.UNIT_PUBLICITY_PROOF, "公示截图.pdf", PDF);
			return draft;
		});
		UnitPublicity ownPublicity = new UnitPublicity(walk.today(), "市民政局门户网站");
		NominationWorkflow.Revision withPublicity = new NominationWorkflow.Revision(answers.answers(), null, false,
				walk.declarations(category), ownPublicity);

		assertThat(as(clerk, () -> this.workflow.submit(id, withPublicity))).extracting(Violation::code)
			.containsExactly("nomination.rule.unit-publicity-running");
		this.clock.set(START.plusDays(3));
		assertThat(as(clerk, () -> this.workflow.submit(id, withPublicity))).isEmpty();

		walk.endorseAndPass(id);
		walk.selectPublishAndDecide(category, id);
		walk.finish(id, "赵红梅");
	}

	/**
	 * Seed 004 (镇 “两优一先”), 优秀共产党员 from a party branch: 纪检监察部门意见 at the branch's party committee, the
	 * 镇组织办's 审核, 公示 and the 镇党委's decision.
	 */
	@Test
	void seed004WalksItsPlanWithoutScoring() {
		walkGenericPerson("seed004", "优秀共产党员", UnitType.PARTY_BRANCH, "钱党员", null);
	}

	/**
	 * Seed 002 (省 “最美应急人”), from a county: 组织人事部门意见 → 纪检监察部门意见 (with the 征求意见表 of same-level
	 * departments) → 市应急管理局意见, then 省厅考察审核 as the office's selection, 公示 and 研究审定.
	 */
	@Test
	void seed002WalksItsPlanWithTheConsultationFormAndWithoutScoring() {
		walkGenericPerson("seed002", "“最美应急人”", UnitType.COUNTY, "孙应急", "应急管理系统干部职工");
	}

	/** A unit of {@code unitType} right under the office nominates {@code name} on the generic person form. */
	void walkGenericPerson(String key, String categoryName, UnitType unitType, String name, String segment) {
		Walk walk = new Walk(key);
		walk.open();
		Category category = walk.category(categoryName);
		Unit unit = walk.scenario.unit(unitType, walk.scenario.office);
		long id = walk.submitGenericPerson(unit, category, name, segment);

		walk.endorseAndPass(id);
		walk.selectPublishAndDecide(category, id);
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
		 * next has begun, so that no early reason is ever needed.
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
			return reached;
		}

		void advanceTo(CampaignPhase phase) {
			while (campaign().getPhase() != phase) {
				assertThat(advance()).as("advancing towards %s", phase).isLessThanOrEqualTo(phase);
			}
		}

		/** A clerk of {@code unit} fills the generic person form with one photo and submits it. */
		long submitGenericPerson(Unit unit, Category category, String name, String segment) {
			LaurelUser clerk = this.scenario.account(Role.CLERK, unit, null);
			NominationWorkflow.Revision revision = new NominationWorkflow.Revision(
					new Answers(Map.of("name", name, "gender", "男", "birthMonth", "1985.07",
							"politicalStatus", "中共党员", "workplaceAndPost", "应急救援队 队员", "phone", "13800000000",
							"deeds", "勤勉履职，群众满意。"), Map.of()),
					segment, false, declarations(category));
			return as(clerk, () -> {
				long draft = TemplateWalkTests.this.workflow.startDraft(category.getId()).getId();
				TemplateWalkTests.this.workflow.attach(draft, FilePurpose.PHOTO, "photo.png", PublicityFixtures.png());
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
		 * In the plan's endorsement stage, every step of the nomination's chain signed by an endorser of the step's
		 * unit in the step's capacity (with an electronic seal); then 初审 passes it.
		 */
		void endorseAndPass(long id) {
			advanceTo(CampaignPhase.ENDORSEMENT);
			Nomination nomination = read(id);
			assertThat(nomination.getChain()).as("the chain of the plan").isNotEmpty();
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

		/**
		 * The office's selection (no 评审 in the plan), the 公示 published on the stage's first day and run to its
		 * end, and the decision recorded in 审定.
		 */
		void selectPublishAndDecide(Category category, long id) {
			assertThat(campaign().schedules(CampaignPhase.EVALUATION)).as("a scoring stage").isFalse();
			assertThat(OfficeSelection.selectsByOffice(campaign())).isTrue();
			as(this.scenario.organiser, () -> TemplateWalkTests.this.selection.select(this.campaignId,
					List.of(new OfficeSelection.Choice(category.getId(), List.of(id)))));
			advanceTo(CampaignPhase.PUBLICITY);
			PublicityRound round = as(this.scenario.organiser,
					() -> TemplateWalkTests.this.publicity.publish(this.campaignId, today()))
				.round();
			assertThat(round.endsOn()).as("公示 ends within the plan's window")
				.isBeforeOrEqualTo(campaign().window(CampaignPhase.PUBLICITY).orElseThrow().endsOn());
			advanceTo(CampaignPhase.DECISION);
			as(this.scenario.organiser, () -> TemplateWalkTests.this.decisions.decide(this.campaignId,
					DecisionWording.COMMENDATION, "领导小组会议", today(), null));
			assertThat(TemplateWalkTests.this.honourRoll.published(this.campaignId)).as("roll before 发布表彰").isEmpty();
		}

		/**
		 * 发布表彰: the roll is shown with the honouree and the nomination is 已表彰; then to the plan's last stage, the
		 * phases passed being exactly the plan's, and the checker finding nothing wrong.
		 */
		void finish(long id, String name) {
			advanceTo(CampaignPhase.ANNOUNCEMENT);
			assertThat(TemplateWalkTests.this.honourRoll.published(this.campaignId)).isPresent();
			try {
				TemplateWalkTests.this.mvc.perform(get("/public/honours/" + this.campaignId))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(name)));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(read(id).getStatus()).isEqualTo(NominationStatus.HONOURED);
			CampaignPhase last = this.template.schedule().get(this.template.schedule().size() - 1).phase();
			advanceTo(last);
			assertThat(this.passed)
				.containsExactlyElementsOf(this.template.schedule().stream().map(CampaignTemplate.Window::phase).toList())
				.doesNotContain(CampaignPhase.EVALUATION, CampaignPhase.VOTING);
			CampaignConsistency.assertConsistent(TemplateWalkTests.this.invariants, this.scenario.organiser,
					this.campaignId);
		}

		Nomination read(long id) {
			return as(this.scenario.organiser, () -> TemplateWalkTests.this.workflow.read(id));
		}

	}

}
