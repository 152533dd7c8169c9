package cn.laurel.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.PhaseWindow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Votes through the public API, end to end on PostgreSQL: rules, acknowledgement after commit, tallies. */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class VoteApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VotingTestData data;

	@Autowired
	VoterKeys keys;

	@Autowired
	VoterTokens tokens;

	@Autowired
	VoteTallies tallies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignSetup setup;

	@Autowired
	CampaignInvariants invariants;

	@Test
	void aVoteIsAcknowledgedOnlyOnceItIsInTheDatabaseAndCounted() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 2);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();

		this.mvc.perform(voter.vote(candidate)).andExpect(status().isOk()).andExpect(jsonPath("$.result").value("accepted"));

		assertThat(storedVotes(campaign.id(), candidate)).isEqualTo(1);
		assertThat(this.tallies.validVotes(campaign.id())).containsEntry(candidate, 1L);
		CampaignConsistency.assertConsistent(this.invariants, campaign.organiser(), campaign.id());
	}

	@Test
	void oneVotePerCandidatePerDayRefusesTheSecondNamingTheRuleAndTomorrow() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 2);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();
		this.mvc.perform(voter.vote(candidate)).andExpect(status().isOk());

		this.mvc.perform(voter.vote(candidate))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("PER_CANDIDATE"))
			.andExpect(jsonPath("$.message", containsString("每人每天最多为同一候选人投 1 票")))
			.andExpect(jsonPath("$.message", containsString("00:00 后再投")));
		this.mvc.perform(voter.vote(campaign.first().get(1).id())).andExpect(status().isOk());
		assertThat(storedVotes(campaign.id(), candidate)).isEqualTo(1);
	}

	@Test
	void theLimitPerCategoryRefusesAFurtherVoteInThatCategoryOnly() throws Exception {
		var campaign = this.data.openCampaign(null, 1, 1, 2);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		this.mvc.perform(voter.vote(campaign.first().get(0).id())).andExpect(status().isOk());

		this.mvc.perform(voter.vote(campaign.first().get(1).id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("PER_CATEGORY"));
		this.mvc.perform(voter.vote(campaign.second().get(0).id())).andExpect(status().isOk());
	}

	@Test
	void theDailyLimitRefusesTheVoteAfterTheLastOfTheDay() throws Exception {
		var campaign = this.data.openCampaign(2, null, 1, 2);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		this.mvc.perform(voter.vote(campaign.first().get(0).id())).andExpect(status().isOk());
		this.mvc.perform(voter.vote(campaign.second().get(0).id())).andExpect(status().isOk());

		this.mvc.perform(voter.vote(campaign.first().get(1).id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("PER_DAY"))
			.andExpect(jsonPath("$.message", containsString("每人每天最多投 2 票")));
	}

	@Test
	void outsideTheWindowVotesAreRefusedAndTheOpeningIsNamed() throws Exception {
		var campaign = this.data.campaignInNomination(1);
		var voter = VoterFixtures.voter(this.keys, this.tokens);

		this.mvc.perform(voter.vote(campaign.first().get(0).id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("WINDOW_NOT_OPEN"))
			.andExpect(jsonPath("$.message", containsString("投票尚未开始。请于")))
			.andExpect(jsonPath("$.message", containsString("00:00 后再投")));
		this.data.saveRules(campaign, new VoteRules(java.time.Instant.now().minusSeconds(7200),
				java.time.Instant.now().minusSeconds(3600), null, null, 1, TallyDisplay.LIVE, 0));
		this.mvc.perform(voter.vote(campaign.first().get(0).id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("WINDOW_CLOSED"));
		CampaignConsistency.assertConsistent(this.invariants, campaign.organiser(), campaign.id());
	}

	@Test
	void votesAreTakenOnlyInTheVotingStageWhateverTheWindowSays() throws Exception {
		var early = this.data.campaignInNomination(1);
		this.data.saveRules(early, new VoteRules(java.time.Instant.now().minusSeconds(3600),
				java.time.Instant.now().plusSeconds(86_400), null, null, 5, TallyDisplay.LIVE, 0));
		var voter = VoterFixtures.voter(this.keys, this.tokens);

		this.mvc.perform(voter.vote(early.first().get(0).id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("WINDOW_NOT_OPEN"));

		var open = this.data.openCampaign(null, null, 5, 1);
		long candidate = open.first().get(0).id();
		this.mvc.perform(voter.vote(candidate)).andExpect(status().isOk());
		VotingTestData.as(open.organiser(), () -> {
			Campaign campaign = this.setup.campaign(open.id());
			List<PhaseWindow> withEvaluation = new ArrayList<>(campaign.getSchedule());
			PhaseWindow voting = campaign.window(CampaignPhase.VOTING).orElseThrow();
			withEvaluation.add(new PhaseWindow(CampaignPhase.EVALUATION, voting.endsOn(), voting.endsOn()));
			this.setup.schedule(open.id(), withEvaluation);
			return this.setup.advance(open.id(), "测试：投票提前结束，进入评审");
		});

		this.mvc.perform(voter.vote(candidate))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("WINDOW_CLOSED"));
		assertThat(storedVotes(open.id(), candidate)).isEqualTo(1);
		CampaignConsistency.assertConsistent(this.invariants, open.organiser(), open.id());
	}

	@Test
	void aVoteWithoutAVoterTokenIsSentToVerification() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		this.mvc.perform(post("/public/vote/api/votes").param("candidate", String.valueOf(campaign.first().get(0).id())).with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.result").value("unverified"));
		this.mvc.perform(post("/public/vote/candidates/{id}", campaign.first().get(0).id()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aVoteWithoutTheCsrfTokenIsRejected() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		this.mvc.perform(post("/public/vote/api/votes").param("candidate", String.valueOf(campaign.first().get(0).id()))
				.cookie(voter.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aVoteStoredThroughAnotherNodeIsFoundInTheDatabaseAndRefused() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();
		VoterFixtures.storeThroughAnotherNode(this.jdbc, campaign.id(), voter.key(), candidate, campaign.firstCategory());

		this.mvc.perform(voter.vote(candidate))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("PER_CANDIDATE"));
		this.mvc.perform(voter.vote(campaign.second().get(0).id())).andExpect(status().isOk());
		assertThat(numbersInTheDay(campaign.id(), voter.key())).containsExactly(0, 1);
	}

	@Test
	void theCategoryLimitHoldsForAVoteInTheCategoryStoredThroughAnotherNode() throws Exception {
		var campaign = this.data.openCampaign(null, 1, 1, 2);

		refusedAfterAVoteThroughAnotherNode(campaign, campaign.first().get(1).id(), "PER_CATEGORY");
	}

	@Test
	void theDailyLimitHoldsForAVoteStoredThroughAnotherNode() throws Exception {
		var campaign = this.data.openCampaign(1, null, 1, 2);

		refusedAfterAVoteThroughAnotherNode(campaign, campaign.second().get(0).id(), "PER_DAY");
	}

	/**
	 * Another node stored the voter's vote for the campaign's first candidate; this node, which has not seen
	 * the voter, admits a vote for {@code candidate}, finds its number taken, reads the day and refuses it.
	 */
	private void refusedAfterAVoteThroughAnotherNode(VotingTestData.VotingCampaignFixture campaign, long candidate,
			String rule) throws Exception {
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		VoterFixtures.storeThroughAnotherNode(this.jdbc, campaign.id(), voter.key(), campaign.first().get(0).id(),
				campaign.firstCategory());

		this.mvc.perform(voter.vote(candidate))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value(rule));
		assertThat(storedVotes(campaign.id(), candidate)).isZero();
	}

	@Test
	void aVotersVotesCastAtOnceAreJudgedOneAfterAnother() throws Exception {
		var campaign = this.data.openCampaign(null, 2, 1, 4);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		List<Integer> answered = castAtOnce(4,
				campaign.first().stream().map(candidate -> voter.vote(candidate.id())).toList());

		assertThat(answered).containsExactlyInAnyOrder(200, 200, 409, 409);
		assertThat(numbersInTheDay(campaign.id(), voter.key())).containsExactly(0, 1);
	}

	@Test
	void concurrentVotesAreAllStoredAndCountedExactly() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 3);
		List<VoterFixtures.TestVoter> voters = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			voters.add(VoterFixtures.voter(this.keys, this.tokens));
		}
		List<MockHttpServletRequestBuilder> votes = new ArrayList<>();
		for (VoterFixtures.TestVoter voter : voters) {
			for (PublicCandidate candidate : campaign.first()) {
				votes.add(voter.vote(candidate.id()));
			}
		}

		assertThat(castAtOnce(12, votes)).containsOnly(200).hasSize(180);
		assertThat(this.tallies.validVotes(campaign.id()).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(180);
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ?").param(campaign.id())
			.query(Long.class).single()).isEqualTo(180);
		CampaignConsistency.assertConsistent(this.invariants, campaign.organiser(), campaign.id());
	}

	@Test
	void thePingAnswersWithoutLoginOrSession() throws Exception {
		this.mvc.perform(get("/public/vote/ping"))
			.andExpect(status().isOk())
			.andExpect(content().string("ok"))
			.andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
	}

	@Test
	void thePingTakesTheVotesOwnRequestBehindTheSameCsrfCheck() throws Exception {
		this.mvc.perform(post("/public/vote/ping").with(csrf())).andExpect(status().isOk()).andExpect(content().string("ok"));
		this.mvc.perform(post("/public/vote/ping")).andExpect(status().isForbidden());
	}

	@Test
	void aVoteNamingNoCandidateIsABadRequestWithAMessage() throws Exception {
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		this.mvc.perform(post("/public/vote/api/votes").param("candidate", "abc").cookie(voter.token()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.result").value("invalid"))
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

	private long storedVotes(long campaignId, long candidateId) {
		return this.jdbc.sql("select count(*) from vote where campaign_id = ? and candidate_id = ?")
			.params(campaignId, candidateId)
			.query(Long.class)
			.single();
	}

	/** The statuses of {@code votes} sent by {@code threads} threads at once, in the order sent. */
	private List<Integer> castAtOnce(int threads, List<MockHttpServletRequestBuilder> votes) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (MockHttpServletRequestBuilder vote : votes) {
				statuses.add(pool.submit(() -> this.mvc.perform(vote).andReturn().getResponse().getStatus()));
			}
			List<Integer> answered = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answered.add(status.get());
			}
			return answered;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The numbers of the voter's stored votes of the day, in order. */
	private List<Integer> numbersInTheDay(long campaignId, byte[] voterKey) {
		return this.jdbc.sql("select seq from vote where campaign_id = ? and voter_key = ? order by seq")
			.params(campaignId, voterKey)
			.query(Integer.class)
			.list();
	}

}
