package cn.laurel.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.ModuleReactions;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.publicity.PublicityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every move that puts a nomination on someone's desk or changes its fate tells them in the app, on PostgreSQL: the
 * next endorser on submission and after each agreement, the office when it waits for 初审, the unit's clerks when it
 * is returned, vetoed, passed or rejected. (Honours: {@code AwardDecisionTests}.)
 */
@LaurelIntegrationTest
class NominationNoticesTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NominationDriver workflow;

	@Autowired
	Notifier notifier;

	@Autowired
	MessageSource messages;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Accounts accounts;

	NominationScenario scenario;

	/** A 科室 under a 局: its 部门负责人, then the 局's 分管领导, then 纪检监察 of the 局 sign. */
	Unit bureau;

	Unit section;

	LaurelUser clerk;

	LaurelUser head;

	LaurelUser leader;

	LaurelUser discipline;

	Category category;

	String title;

	@BeforeEach
	void sectionWithAThreeStepChain() {
		this.scenario = this.scenarios.create();
		this.bureau = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		this.section = this.scenario.unit(UnitType.OFFICE_SECTION, this.bureau);
		this.clerk = this.scenario.account(Role.CLERK, this.section, null);
		this.head = this.scenario.account(Role.ENDORSER, this.section, Capacity.DEPARTMENT_HEAD);
		this.leader = this.scenario.account(Role.ENDORSER, this.bureau, Capacity.LEADER_IN_CHARGE);
		this.discipline = this.scenario.account(Role.ENDORSER, this.bureau, Capacity.DISCIPLINE);
		this.category = this.scenario.openCategory("generic-person", NomineeKind.PERSON, 5, List.of(), List.of(
				Chains.step(UnitType.OFFICE_SECTION, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, false),
				Chains.step(UnitType.OFFICE_SECTION, 2, Capacity.LEADER_IN_CHARGE, EndorserUnit.PARENT_UNIT,
						false),
				Chains.step(UnitType.OFFICE_SECTION, 3, Capacity.DISCIPLINE, EndorserUnit.PARENT_UNIT, false)));
		this.title = this.campaigns.findById(this.category.getCampaignId()).map(Campaign::getTitle).orElseThrow();
	}

	@Test
	void submittingTellsTheFirstEndorserOfTheChainAndNobodyElse() {
		long id = submitted(this.clerk, this.category, "张三");

		assertThat(notices(this.head)).singleElement()
			.satisfies(notice -> assertNotice(notice, "/endorsements/" + id,
					this.section.getName() + "推荐的“张三”（" + this.title + "）已送达您处，请审核并签署意见。"));
		assertThat(notices(this.leader)).isEmpty();
		assertThat(notices(this.clerk)).isEmpty();
		assertThat(notices(this.scenario.organiser)).isEmpty();
	}

	@Test
	void eachAgreementTellsTheNextEndorserAndTheLastOneTellsTheOfficeItWaitsForPreliminaryReview() {
		long id = submitted(this.clerk, this.category, "李四");

		endorse(this.head, id, true, "同意推荐");
		assertThat(notices(this.leader)).singleElement()
			.satisfies(notice -> assertNotice(notice, "/endorsements/" + id,
					this.section.getName() + "推荐的“李四”（" + this.title + "）已送达您处，请审核并签署意见。"));
		endorse(this.leader, id, true, "同意");
		assertThat(notices(this.discipline)).hasSize(1);
		assertThat(notices(this.scenario.organiser)).isEmpty();

		endorse(this.discipline, id, true, "无违纪问题");
		assertThat(notices(this.scenario.organiser)).singleElement()
			.satisfies(notice -> assertNotice(notice, "/review/" + id,
					this.section.getName() + "推荐的“李四”（" + this.title + "）已完成逐级审核，等待初审。"));
		assertThat(notices(this.head)).hasSize(1);
	}

	@Test
	void aClerkIsToldWhyAnEndorserReturnedTheNominationAndWhyDisciplineInspectionVetoedAnother() {
		long returned = submitted(this.clerk, this.category, "王五");
		endorse(this.head, returned, false, "事迹材料不够具体，请补充");
		long vetoed = submitted(this.clerk, this.category, "赵六");
		endorse(this.head, vetoed, true, "同意");
		endorse(this.leader, vetoed, true, "同意");
		endorse(this.discipline, vetoed, false, "有未办结的信访件");

		assertThat(texts(this.clerk)).containsExactly(
				"“赵六”（" + this.title + "）经纪检监察部门审核不同意推荐，理由：有未办结的信访件",
				"“王五”（" + this.title + "）被退回修改，退回理由：事迹材料不够具体，请补充");
		assertThat(notices(this.clerk)).extracting(Notification::link)
			.containsExactly("/nominations/" + vetoed, "/nominations/" + returned);
	}

	@Test
	void theOfficesPreliminaryReviewTellsTheClerkItPassedWasReturnedOrWasRejected() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser departmentClerk = this.scenario.account(Role.CLERK, department, null);
		long passed = submitted(departmentClerk, this.category, "孙七");
		assertThat(notices(this.scenario.organiser)).singleElement()
			.satisfies(notice -> assertThat(notice.link()).isEqualTo("/review/" + passed));
		long returned = submitted(departmentClerk, this.category, "周八");
		long rejected = submitted(departmentClerk, this.category, "吴九");

		as(this.scenario.organiser, () -> {
			this.workflow.pass(passed);
			this.workflow.returnForRevision(returned, "缺少单位盖章的推荐表扫描件");
			this.workflow.reject(rejected, "不符合推荐条件");
		});

		assertThat(notices(departmentClerk)).extracting(notice -> text(notice), Notification::link)
			.containsExactly(tuple("“吴九”（" + this.title + "）未通过初审，理由：不符合推荐条件", "/nominations/" + rejected),
					tuple("“周八”（" + this.title + "）被退回修改，退回理由：缺少单位盖章的推荐表扫描件", "/nominations/" + returned),
					tuple("“孙七”（" + this.title + "）已通过初审，成为候选人。", "/nominations/" + passed));
		assertThat(notices(this.clerk)).isEmpty();
	}

	@Test
	void aDisabledAccountIsNotTold() {
		LaurelUser colleague = this.scenario.account(Role.ENDORSER, this.section, Capacity.DEPARTMENT_HEAD);
		this.accounts.findById(colleague.accountId()).ifPresent(account -> {
			account.disable();
			this.accounts.save(account);
		});

		submitted(this.clerk, this.category, "郑十");

		assertThat(notices(this.head)).hasSize(1);
		assertThat(notices(colleague)).isEmpty();
	}

	static long submitted(LaurelUser clerk, Category category, String name, NominationDriver workflow) {
		return as(clerk, () -> {
			Nomination draft = workflow.startDraft(category.getId());
			workflow.attach(draft.getId(), FilePurpose.PHOTO, "photo.png", PublicityFixtures.png());
			assertThat(workflow.submit(draft.getId(), new Drafting.Revision(new Answers(Map.of("name", name,
					"gender", "女", "birthMonth", "1988.03", "politicalStatus", "群众", "workplaceAndPost", "科员",
					"phone", "13800138000", "deeds", "扎根一线，服务群众。"), Map.of()), null, false, List.of())))
				.isEmpty();
			return draft.getId();
		});
	}

	private long submitted(LaurelUser clerk, Category category, String name) {
		return submitted(clerk, category, name, this.workflow);
	}

	private void endorse(LaurelUser endorser, long id, boolean agreed, String opinion) {
		endorse(this.workflow, endorser, id, agreed, opinion);
	}

	/** The endorser signs, under their own name and today. */
	static void endorse(NominationDriver workflow, LaurelUser endorser, long id, boolean agreed, String opinion) {
		as(endorser, () -> workflow.endorse(id,
				new Nomination.Opinion(agreed, opinion, endorser.displayName(), LocalDate.now(), null, false)));
	}

	private List<Notification> notices(LaurelUser user) {
		ModuleReactions.settle(this.jdbc);
		return this.notifier.latest(user.accountId(), 100);
	}

	private List<String> texts(LaurelUser user) {
		return notices(user).stream().map(this::text).toList();
	}

	private String text(Notification notice) {
		return this.messages.getMessage(notice.messageKey(), notice.args().toArray(), Locale.SIMPLIFIED_CHINESE);
	}

	private void assertNotice(Notification notice, String link, String text) {
		assertThat(notice.link()).isEqualTo(link);
		assertThat(text(notice)).isEqualTo(text);
		assertThat(notice.isUnread()).isTrue();
	}

}
