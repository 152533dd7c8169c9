package cn.laurel.award;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.audit.AuditTampering;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.InvariantViolation;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.org.Role;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invariant checker over a decided campaign: nothing to report after the campaign went its normal way, and
 * each kind of violation reported, with the record it concerns, once the data is broken behind the application's
 * back.
 */
@LaurelIntegrationTest
@Import(PublicityFixtures.Beans.class)
class InvariantCheckerTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	@Autowired
	Publicity publicity;

	@Autowired
	AwardDecisions decisions;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@Autowired
	PublicityFixtures.FixedShortlist ranking;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	NominationScenario scenario;

	Category category;

	long campaignId;

	/** 周五 and 王七, publicised and decided; 吴六 a candidate left off the shortlist. */
	List<Nomination> made;

	@BeforeEach
	void decideTwoHonourees() {
		this.clock.reset();
		this.scenario = this.scenarios.create();
		this.category = PublicityFixtures.openCategory(this.scenario, NomineeKind.PERSON);
		this.campaignId = this.category.getCampaignId();
		this.made = PublicityFixtures.candidates(this.scenario, this.workflow, this.category,
				List.of("周五", "王七", "吴六"));
		this.ranking.rank(this.campaignId,
				List.of(PublicityFixtures.entry(this.made.get(0), this.category, 1, "周五", null),
						PublicityFixtures.entry(this.made.get(1), this.category, 2, "王七", null)),
				List.of());
		AwardFixtures.publiciseAndDecide(this.scenario, this.campaignId, this.publicity, this.decisions, this.clock);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aCampaignDecidedTheNormalWayBreaksNoInvariant() throws Exception {
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
		this.mvc.perform(get("/api/v1/campaigns/{id}/invariants", this.campaignId).with(organiser()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations", hasSize(0)));
		this.mvc.perform(get("/campaigns/{id}", this.campaignId).with(organiser()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/campaigns/" + this.campaignId + "/invariants")));
		this.mvc.perform(get("/campaigns/{id}/invariants", this.campaignId).with(organiser()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("数据一致性检查：未发现问题")));
	}

	@Test
	void moreSelectedThanTheCategoryQuotaIsReportedForTheShortlistAndTheHonourList() {
		this.jdbc.sql("update category set quota = 1 where id = ?").param(this.category.getId()).update();

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordType,
				InvariantViolation::recordId)
			.containsExactlyInAnyOrder(
					tuple("publicity.invariant.shortlist.over-quota", "category", this.category.getId()),
					tuple("award.invariant.honours.over-quota", "category", this.category.getId()));
	}

	@Test
	void moreSelectedThanASegmentQuotaIsReported() {
		this.jdbc.sql("insert into category_segment (category_id, position, name, quota) values (?, 0, ?, 1)")
			.params(this.category.getId(), "社会救援力量")
			.update();
		this.jdbc.sql("update nomination set segment = '社会救援力量' where id in (?, ?)")
			.params(this.made.get(0).getId(), this.made.get(1).getId())
			.update();

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::args)
			.containsExactlyInAnyOrder(
					tuple("publicity.invariant.shortlist.over-segment",
							List.of(this.category.getName(), "社会救援力量", 2L, 1)),
					tuple("award.invariant.honours.over-segment",
							List.of(this.category.getName(), "社会救援力量", 2L, 1)));
	}

	@Test
	void moreSelectedThanAnAllocationIsReportedForTheUnitItCovers() {
		this.jdbc.sql("""
				insert into category_allocation (category_id, position, unit_id, segment, quota)
				values (?, 0, ?, null, 0)""").params(this.category.getId(), this.made.get(0).getUnitId()).update();

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId)
			.containsExactlyInAnyOrder(tuple("publicity.invariant.shortlist.over-allocation", this.category.getId()),
					tuple("award.invariant.honours.over-allocation", this.category.getId()));
	}

	@Test
	void aWithdrawnNominationOnTheHonourListIsReported() {
		withStatus(this.made.get(0), "WITHDRAWN");

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId)
			.containsExactly(tuple("award.invariant.honoured-withdrawn", this.made.get(0).getId()));
	}

	@Test
	void anHonoureeWhoNeverPassedThePreliminaryReviewIsReported() {
		withStatus(this.made.get(1), "IN_REVIEW");

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId)
			.containsExactly(tuple("award.invariant.honoured-without-review", this.made.get(1).getId()));
	}

	@Test
	void anHonoureeNotStandingOnAPublishedPublicityIsReported() {
		this.jdbc.sql("update publicity_entry set withdrawn_at = now() where campaign_id = ? and nomination_id = ?")
			.params(this.campaignId, this.made.get(0).getId())
			.update();

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId)
			.containsExactly(tuple("award.invariant.honoured-without-publicity", this.made.get(0).getId()));
	}

	@Test
	void aTallyThatDisagreesWithTheStoredVotesIsReported() {
		long candidate = this.made.get(0).getId();
		votesInSeptember(candidate, 3, Instant.parse("2026-09-05T02:00:00Z"));

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId,
				InvariantViolation::args)
			.containsExactly(tuple("voting.invariant.tally-mismatch", candidate,
					List.of(String.valueOf(candidate), 1L, 3L)));
	}

	@Test
	void aVoteCastOutsideTheVotingWindowIsReported() {
		long candidate = this.made.get(1).getId();
		votesInSeptember(candidate, 2, Instant.parse("2026-09-05T02:00:00Z"),
				Instant.parse("2026-09-15T02:00:00Z"));

		assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordId,
				InvariantViolation::args)
			.containsExactly(tuple("voting.invariant.outside-window", candidate,
					List.of(String.valueOf(candidate), 1L, "2026-09-15 10:00:00")));
	}

	@Test
	void aBrokenAuditChainIsReportedAtTheAlteredEntry() {
		Map<String, Object> victim = this.jdbc.sql("""
				select id, after_state::text as after from audit_entry
				where campaign_id = ? and after_state is not null order by id desc limit 1""")
			.param(this.campaignId)
			.query()
			.singleRow();
		long id = ((Number) victim.get("id")).longValue();
		try {
			AuditTampering.alterBehindTheTrigger(this.jdbc, id, "{\"altered\": true}");
			assertThat(violations()).extracting(InvariantViolation::code, InvariantViolation::recordType,
					InvariantViolation::recordId)
				.containsExactly(tuple("campaign.invariant.audit-chain-broken", "audit-entry", id));
		}
		finally {
			AuditTampering.alterBehindTheTrigger(this.jdbc, id, (String) victim.get("after"));
		}
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
	}

	@Test
	void theApiAndTheOverviewNameEachViolationInChineseWithItsRecord() throws Exception {
		withStatus(this.made.get(0), "WITHDRAWN");

		this.mvc.perform(get("/api/v1/campaigns/{id}/invariants", this.campaignId).with(organiser())
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations", hasSize(1)))
			.andExpect(jsonPath("$.violations[0].code").value("award.invariant.honoured-withdrawn"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("周五")))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("已撤销推荐")))
			.andExpect(jsonPath("$.violations[0].record.type").value("nomination"))
			.andExpect(jsonPath("$.violations[0].record.id").value(this.made.get(0).getId()));
		this.mvc.perform(get("/campaigns/{id}/invariants", this.campaignId).with(organiser()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("数据一致性检查：发现 1 个问题")))
			.andExpect(content().string(containsString("已撤销推荐，却在审定名单中")));
	}

	@Test
	void onlyTheCampaignsOrganiserMayRunTheChecksAndOthersGetAProblem() throws Exception {
		UserDetails stranger = this.users.loadUserByUsername(
				this.scenario.account(Role.ORGANISER, this.scenario.unit(cn.laurel.org.UnitType.AUTHORITY, null), null)
					.getUsername());
		this.mvc.perform(get("/api/v1/campaigns/{id}/invariants", this.campaignId).with(user(stranger)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/campaigns/{id}/invariants", this.campaignId).with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEndpointIsDescribedInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/invariants'].get").exists());
	}

	private void withStatus(Nomination nomination, String status) {
		this.jdbc.sql("update nomination set status = ? where id = ?").params(status, nomination.getId()).update();
	}

	private List<InvariantViolation> violations() {
		return as(this.scenario.organiser, () -> this.invariants.check(this.campaignId));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor organiser() {
		return user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
	}

	/**
	 * Votes for {@code candidate} cast at {@code castAt}, stored behind the application's back with a tally of
	 * {@code counted}, in a voting window from 1 to 10 September 2026 (UTC).
	 */
	private void votesInSeptember(long candidate, int counted, Instant... castAt) {
		for (Instant at : castAt) {
			byte[] voterKey = ByteBuffer.allocate(16).putLong(UUID.randomUUID().getMostSignificantBits())
				.putLong(System.nanoTime()).array();
			this.jdbc.sql("""
					insert into vote (campaign_id, voter_key, vote_day, candidate_id, category_id, seq, cast_at, ip,
					                  ip_net, agent_hash, device_id)
					values (?, ?, ?, ?, ?, 0, ?, '198.51.100.7', '198.51.100.0/24', 1, 'device')""")
				.params(this.campaignId, voterKey, LocalDate.ofInstant(at, this.clock.getZone()), candidate,
						this.category.getId(), Timestamp.from(at))
				.update();
		}
		this.jdbc.sql("insert into vote_count (campaign_id, candidate_id, shard, votes) values (?, ?, 0, ?)")
			.params(this.campaignId, candidate, counted)
			.update();
		this.jdbc.sql("""
				insert into vote_rules (campaign_id, opens_at, closes_at, per_candidate_per_day, tally_display)
				values (?, ?, ?, 1, 'LIVE')""")
			.params(this.campaignId, Timestamp.from(Instant.parse("2026-09-01T00:00:00Z")),
					Timestamp.from(Instant.parse("2026-09-10T00:00:00Z")))
			.update();
	}

}
