package cn.laurel.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.award.FilingPackages;
import cn.laurel.award.HonourRoll;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import cn.laurel.publicity.Objection;
import cn.laurel.publicity.ObjectionHandling;
import cn.laurel.publicity.ObjectionStatus;
import cn.laurel.voting.VotingAdministration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The whole demo loads through the workflow: seed 000 open for nominations, and a campaign of each later stage from
 * its own template, in the stage promised with the stage's data, which the invariant checker finds consistent.
 * One test, as the demo's units and logins exist once per database.
 */
@LaurelIntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Categories categories;

	@Autowired
	FormVersions forms;

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	NominationDriver workflow;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	VotingAdministration voting;

	@Autowired
	ObjectionHandling objections;

	@Autowired
	HonourRoll roll;

	@Autowired
	FilingPackages filing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHoldsACampaignOfEveryStageMadeThroughTheWorkflow() throws Exception {
		List<Long> stages = this.demo.load(this.demo.read());
		LaurelUser organiser = user("organiser");

		Campaign nominating = seed000(organiser);
		assertThat(stages).hasSize(4);
		long votingId = stages.get(0);
		long judgingId = stages.get(1);
		long publicityId = stages.get(2);
		long finishedId = stages.get(3);

		// 网络投票: a few hundred votes, every candidate voted for
		assertThat(phase(votingId)).isEqualTo(CampaignPhase.VOTING);
		Map<Long, Long> tallies = as(organiser, () -> this.voting.tallies(votingId));
		assertThat(tallies).hasSize(5).allSatisfy((candidate, votes) -> assertThat(votes).isPositive());
		assertThat(tallies.values().stream().mapToLong(Long::longValue).sum()).isBetween(200L, 1000L);

		// 评审: one judge submitted every sheet, one filled two and has not submitted, one has not begun
		assertThat(phase(judgingId)).isEqualTo(CampaignPhase.EVALUATION);
		assertThat(sheetsPerJudge(judgingId)).containsExactlyInAnyOrderEntriesOf(Map.of("judge", 5L, "judge2", 2L));
		assertThat(this.jdbc.sql("""
				select a.username from scoring_submission s join scoring_panel p on p.id = s.panel_id
				join account a on a.id = s.account_id where p.campaign_id = ?""")
			.param(judgingId)
			.query(String.class)
			.list()).containsExactly("judge");

		// 公示 with an objection under investigation
		assertThat(phase(publicityId)).isEqualTo(CampaignPhase.PUBLICITY);
		List<Objection> objected = as(user("organiser-zj"), () -> this.objections.ofCampaign(publicityId));
		assertThat(objected).extracting(Objection::getStatus).containsExactly(ObjectionStatus.INVESTIGATING);

		// finished: decision, honour roll shown, certificates made, a filing package that verifies
		assertThat(phase(finishedId)).isEqualTo(CampaignPhase.PROMOTION);
		assertThat(as(organiser, () -> this.workflow.ofCampaign(finishedId))).hasSize(3)
			.extracting(NominationSummary::status)
			.containsOnly(NominationStatus.HONOURED);
		assertThat(this.roll.published(finishedId).isPresent()).isTrue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select state from certificate_batch where campaign_id = ?")
				.param(finishedId)
				.query(String.class)
				.list(), states -> states.equals(List.of("FINISHED")));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		as(organiser, () -> {
			try {
				this.filing.write(finishedId, Locale.SIMPLIFIED_CHINESE, zip);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(as(organiser, () -> this.filing.verify(finishedId, zip.toByteArray())).files())
			.containsKey("decision.pdf");

		// the public sees the vote, the 公示 and the honour roll
		this.mvc.perform(get("/public"))
			.andExpect(content().string(containsString(title(votingId))))
			.andExpect(content().string(containsString(title(publicityId))))
			.andExpect(content().string(containsString(title(finishedId))));

		for (long id : List.of(nominating.getId(), votingId, judgingId, finishedId)) {
			CampaignConsistency.assertConsistent(this.invariants, organiser, id);
		}
		CampaignConsistency.assertConsistent(this.invariants, user("organiser-zj"), publicityId);
		for (String login : List.of("admin", "organiser", "clerk", "head-hd", "town-hd", "leader", "judge", "judge2",
				"organiser-zj", "clerk-dzb1", "jw-hz")) {
			this.mvc.perform(formLogin().user(login).password(DemoData.PASSWORD)).andExpect(authenticated());
		}
	}

	/** Seed 000 in 推荐申报, as the README describes it. */
	private Campaign seed000(LaurelUser organiser) {
		Long office = this.units.findByCode("XHZF-DJB").orElseThrow().getId();
		Campaign campaign = this.campaigns.findByOrganiserUnitIdOrderByCreatedAtDesc(office)
			.stream()
			.filter(c -> c.getTitle().startsWith("首届“最美综合执法人”"))
			.findFirst()
			.orElseThrow();
		assertThat(campaign.getPhase()).isEqualTo(CampaignPhase.NOMINATION);
		assertThat(campaign.getScoringWeights()).extracting(ScoringWeight::weight).containsExactly(60, 10, 30);
		assertThat(campaign.getLeadingGroup()).hasSize(2 + 20 + 4 + 5 + 5);
		assertThat(campaign.chainFor(UnitType.STATIONED_SQUADRON, null)).extracting(EndorsementStep::capacity)
			.containsExactly(Capacity.DEPARTMENT_HEAD, Capacity.TOWN, Capacity.LEADER_IN_CHARGE);
		assertThat(campaign.chainFor(UnitType.STATIONED_SQUADRON, null).get(1).sealRequired()).isTrue();
		assertThat(campaign.getNominationLimits()).allSatisfy(limit -> {
			assertThat(limit.isCampaignWide()).isTrue();
			assertThat(List.of(limit.minCount(), limit.maxCount())).containsExactly(1, 2);
		});
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId());
		assertThat(categories).extracting(Category::getQuota).containsExactly(10, 10);
		assertThat(this.forms.current(categories.get(0).getId()).orElseThrow().definition().field("deeds").maxChars())
			.isEqualTo(250);
		List<NominationSummary> nominations = NominationScenario.as(organiser,
				() -> this.workflow.ofCampaign(campaign.getId()));
		assertThat(nominations).extracting(NominationSummary::displayName, NominationSummary::status,
				NominationSummary::waitingCapacity)
			.containsExactlyInAnyOrder(tuple("刘海涛", NominationStatus.ENDORSING, Capacity.TOWN),
					tuple("老旧小区违建清零行动", NominationStatus.ENDORSING, Capacity.LEADER_IN_CHARGE),
					tuple("孙丽", NominationStatus.DRAFT, null));
		return campaign;
	}

	private Map<String, Long> sheetsPerJudge(long campaignId) {
		return this.jdbc.sql("""
				select a.username, count(*) from scoring_sheet s join scoring_panel p on p.id = s.panel_id
				join account a on a.id = s.account_id where p.campaign_id = ? group by a.username""")
			.param(campaignId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private CampaignPhase phase(long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow().getPhase();
	}

	private String title(long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow().getTitle();
	}

	private LaurelUser user(String username) {
		return (LaurelUser) this.users.loadUserByUsername(username);
	}

}
