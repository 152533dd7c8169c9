package cn.laurel.award;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.ModuleReactions;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.notification.Notifier;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;
import cn.laurel.publicity.ShortlistEntry;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 审定 after the 公示: the final list confirmed once, and the decision document as PDF grouped by category. */
@LaurelIntegrationTest
@Import(PublicityFixtures.Beans.class)
class AwardDecisionTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardDecisions decisions;

	@Autowired
	Publicity publicity;

	@Autowired
	NominationDriver workflow;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@Autowired
	PublicityFixtures.FixedShortlist ranking;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	Issuers issuers;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifier notifier;

	NominationScenario scenario;

	long campaignId;

	@BeforeEach
	void publiciseTwoCandidates() {
		this.clock.reset();
		this.scenario = this.scenarios.create();
		Category category = PublicityFixtures.openCategory(this.scenario, NomineeKind.PERSON);
		this.campaignId = category.getCampaignId();
		List<Nomination> made = PublicityFixtures.candidates(this.scenario, this.workflow, category,
				List.of("周五", "吴六"));
		this.ranking.rank(this.campaignId, List.of(PublicityFixtures.entry(made.get(0), category, 1, "周五", null),
				PublicityFixtures.entry(made.get(1), category, 2, "吴六", null)), List.of());
		this.clock.set(LocalDate.of(2026, 9, 28));
		this.scenario.skipTo(this.campaignId, CampaignPhase.PUBLICITY);
		as(this.scenario.organiser, () -> this.publicity.publish(this.campaignId, LocalDate.of(2026, 9, 28)));
	}

	/** Monday 12 October, the 公示 over, and the campaign in its 审定 stage. */
	void afterThePublicity() {
		this.clock.set(LocalDate.of(2026, 10, 12));
		this.scenario.skipTo(this.campaignId, CampaignPhase.DECISION);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	Decision decide() {
		return decide(null);
	}

	byte[] decisionPdf() throws Exception {
		return this.mvc.perform(get("/campaigns/" + this.campaignId + "/award/decision.pdf")
			.with(user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	Decision decide(Ballot ballot) {
		return as(this.scenario.organiser, () -> this.decisions.decide(this.campaignId,
				DecisionWording.COMMENDATION, "局党组会", LocalDate.of(2026, 10, 12), "执法党〔2026〕12号", ballot));
	}

	@Test
	void aDecisionByBallotPassesWithMoreThanHalfOfTheMembersForAndKeepsItsFigures() throws Exception {
		afterThePublicity();
		assertThatThrownBy(() -> decide(new Ballot(9, 4, 4, 0, 0))).isInstanceOfSatisfying(AwardRefused.class,
				refused -> assertThat(refused.reasons())
					.containsExactly(Violation.of("ballot", "award.decision.ballot-quorum", 9, 4)));
		assertThatThrownBy(() -> decide(new Ballot(9, 7, 4, 2, 1))).isInstanceOfSatisfying(AwardRefused.class,
				refused -> assertThat(refused.reasons())
					.containsExactly(Violation.of("ballot", "award.decision.ballot-not-passed", 9, 4)));
		assertThatThrownBy(() -> decide(new Ballot(9, 7, 6, 2, 1))).isInstanceOfSatisfying(AwardRefused.class,
				refused -> assertThat(refused.reasons()).extracting(Refusal.Reason::code)
					.containsExactly("award.decision.ballot-figures"));

		Decision decision = decide(new Ballot(9, 8, 7, 0, 1));

		assertThat(decision.method()).isEqualTo(DecisionMethod.BALLOT);
		assertThat(as(this.scenario.organiser, () -> this.decisions.of(this.campaignId)).orElseThrow().ballot())
			.isEqualTo(new Ballot(9, 8, 7, 0, 1));
		byte[] pdf = decisionPdf();
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, "投票表决通过（应到9人，", "同意7票）");
		this.mvc.perform(get("/campaigns/" + this.campaignId + "/award")
			.with(user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票表决：应到 9 人，实到 8 人，同意 7 票，反对 0 票，弃权 1 票。")));
	}

	@Test
	void theDecisionPageOffersBothWaysOfDecidingAndKeepsTheBallotTypedWhenRefused() throws Exception {
		afterThePublicity();
		var organiser = user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
		this.mvc.perform(post("/campaigns/" + this.campaignId + "/award/decision").with(organiser).with(csrf())
				.param("wording", "COMMENDATION").param("decidingBody", "局党组会").param("decidedOn", "2026-10-12")
				.param("method", "BALLOT").param("members", "9").param("present", "7").param("votesFor", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未经应到会成员过半数同意")))
			.andExpect(content().string(containsString("会议研究决定")))
			.andExpect(content().string(containsString("data-confirm=\"确定以此名单审定吗？审定后不能重复审定。\"")))
			.andExpect(content().string(containsString("value=\"7\"")));
	}

	@Test
	void theResultIsNotDecidedWhileThePublicityRuns() {
		assertThatThrownBy(this::decide).isInstanceOf(AwardRefused.class)
			.satisfies(refused -> assertThat(((AwardRefused) refused).reasons()).extracting(Refusal.Reason::code)
				.contains("campaign.stage.not-yet", "publicity.open.period-running"));
	}

	@Test
	void theDecisionConfirmsThePublicisedListOnceAndItsDocumentNamesTheHonourees() throws Exception {
		afterThePublicity();
		Decision decision = decide();
		assertThat(decision.honourees()).extracting(ShortlistEntry::displayName).containsExactly("周五", "吴六");
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
		assertThatThrownBy(this::decide).isInstanceOf(AwardRefused.class);
		byte[] pdf = decisionPdf();
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, "关于表彰", "的决定", "周五", "吴六", "局党组会",
				"二〇二六年十月十二日", "执法党〔2026〕12号");
	}

	@Test
	void theDecisionIsIssuedAsAnOfficialDocumentByTheIssuingBodyAlsoAsWordToEdit() throws Exception {
		afterThePublicity();
		as(this.scenario.organiser, () -> this.issuers.describe(this.campaignId,
				new Issuer("青岛西海岸新区综合行政执法局", "局机关各科室、各直属单位、各中队", null, null, null, null, false)));
		decide();
		var organiser = user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
		byte[] pdf = this.mvc.perform(get("/campaigns/" + this.campaignId + "/award/decision.pdf").with(organiser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String[] texts = { "青岛西海岸新区综合行政执法局", "执法党〔2026〕12号", "局机关各科室、各直属单位、各中队：", "周五",
				"吴六", "二〇二六年十月十二日" };
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, texts);
		byte[] docx = this.mvc.perform(get("/campaigns/" + this.campaignId + "/award/decision.docx").with(organiser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			String text = word.getParagraphs().stream()
				.map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
				.reduce("", String::concat);
			assertThat(text).contains(texts).contains("关于表彰", "的决定");
		}
	}

	@Test
	void theDecisionMakesItsHonoureesHonouredAndTellsTheirUnitsClerks() {
		afterThePublicity();
		List<Long> honoured = decide().honourees().stream().map(ShortlistEntry::nominationId).toList();
		ModuleReactions.settle(this.jdbc);

		for (long id : honoured) {
			Nomination nomination = as(this.scenario.organiser, () -> this.workflow.read(id));
			assertThat(nomination.getStatus()).isEqualTo(NominationStatus.HONOURED);
			assertThat(nomination.getHistory()).last().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("honoured");
				assertThat(entry.actor()).isEqualTo(this.scenario.organiser.getUsername());
			});
			Account clerk = this.accounts.findByUnitId(nomination.getUnitId()).get(0);
			assertThat(this.notifier.latest(clerk.getId(), 10))
				.filteredOn(notice -> notice.messageKey().equals("notification.notice.honoured"))
				.singleElement()
				.satisfies(notice -> {
				assertThat(notice.args().get(0)).isEqualTo(nomination.getAnswers().value("name"));
				assertThat(notice.link()).isEqualTo("/nominations/" + id);
			});
		}
		assertThat(honoured).hasSize(2);
	}

}
