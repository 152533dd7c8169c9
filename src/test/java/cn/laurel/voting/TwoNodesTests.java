package cn.laurel.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database, each with its own picture of the voters' days, its own rate limits and its
 * own writer, take the same voters' votes at the same moment: the one key per vote keeps every limit.
 */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class TwoNodesTests {

	private static final int VOTERS = 100;

	@Autowired
	VoteIntake nodeA;

	@Autowired
	PublishedCandidates candidates;

	@Autowired
	VotingCampaigns campaigns;

	@Autowired
	VoteStore store;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	Executor rereads;

	@Autowired
	VotingProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	VotingTestData data;

	@Autowired
	VoterKeys keys;

	@Autowired
	JdbcClient jdbc;

	private VoteWriter writerB;

	@AfterEach
	void stopWriter() {
		if (this.writerB != null) {
			this.writerB.stop();
		}
	}

	@Test
	void votesCastAtOnceThroughTwoNodesNeverBreakALimit() throws Exception {
		// 3 votes a day, 2 per category, 1 per candidate; 4 candidates in each of two categories
		var campaign = this.data.openCampaign(3, 2, 1, 4);
		VoteIntake nodeB = secondNode();
		List<PublicCandidate> ballot = new ArrayList<>(campaign.first());
		ballot.addAll(campaign.second());

		List<CompletableFuture<VoteResult>> results = new ArrayList<>();
		List<byte[]> voters = new ArrayList<>();
		for (int v = 0; v < VOTERS; v++) {
			String phone = VoterFixtures.uniquePhone();
			byte[] key = this.keys.voterKey(SmsIdentity.ID, phone);
			voters.add(key);
			String ip = VoterFixtures.uniqueIp();
			Voter onA = new Voter(key, ip, VoterRequests.networkOf(ip), 1, "a-" + phone);
			Voter onB = new Voter(key, ip, VoterRequests.networkOf(ip), 1, "b-" + phone);
			// each node is asked for every candidate, in opposite orders
			for (int i = 0; i < ballot.size(); i++) {
				results.add(this.nodeA.cast(ballot.get(i).id(), onA));
				results.add(nodeB.cast(ballot.get(ballot.size() - 1 - i).id(), onB));
			}
		}
		long accepted = 0;
		for (CompletableFuture<VoteResult> result : results) {
			VoteResult settled = result.get(10, TimeUnit.SECONDS);
			assertThat(settled).isInstanceOfAny(VoteResult.Accepted.class, VoteResult.Refused.class);
			accepted += (settled instanceof VoteResult.Accepted) ? 1 : 0;
		}

		for (byte[] voter : voters) {
			Map<Long, Long> perCategory = countsBy("category_id", campaign.id(), voter);
			Map<Long, Long> perCandidate = countsBy("candidate_id", campaign.id(), voter);
			// every refusal names a limit the stored votes really reached, so each voter has exactly 3
			assertThat(perCategory.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
			assertThat(perCategory.values()).allSatisfy(votes -> assertThat(votes).isLessThanOrEqualTo(2));
			assertThat(perCandidate.values()).allSatisfy(votes -> assertThat(votes).isEqualTo(1));
		}
		assertThat(accepted).isEqualTo(3L * VOTERS);
	}

	/** A node of its own: its own voters' days, rate limits and writer; the same database and catalogue. */
	private VoteIntake secondNode() {
		VotingProperties.Writer writer = this.properties.writer();
		this.writerB = new VoteWriter(this.store, writer.threads(), writer.batchSize(), writer.queueCapacity(),
				writer.linger());
		this.writerB.start();
		return new VoteIntake(this.candidates, this.campaigns,
				new RateLimits(new LocalBuckets(), this.properties.limits()), new VoterDays(this.store),
				this.writerB, this.rereads, this.properties, this.clock, this.keys);
	}

	private Map<Long, Long> countsBy(String column, long campaignId, byte[] voter) {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("select " + column + ", count(*) from vote where campaign_id = ? and voter_key = ? group by 1")
			.params(campaignId, voter)
			.query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

}
