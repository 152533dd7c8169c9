package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch statement on PostgreSQL: which votes of a batch it stored, and what it counted. */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class VoteStoreTests {

	@Autowired
	VoteStore store;

	@Autowired
	VotingTestData data;

	@Autowired
	VoterKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBatchStoresNewVotesAndTellsWhichNumbersWereTakenOrRepeated() {
		var campaign = this.data.openCampaign(null, null, 2, 2);
		long first = campaign.first().get(0).id();
		long second = campaign.first().get(1).id();
		byte[] voter = this.keys.voterKey("sms", "13800000001");
		byte[] other = this.keys.voterKey("sms", "13800000002");
		LocalDate day = LocalDate.of(2026, 11, 22);
		Instant castAt = Instant.parse("2026-11-22T02:03:04.123456Z");

		assertThat(this.store.store(List.of(vote(campaign, voter, day, first, 0, castAt)))).containsExactly(true);
		double retriedBefore = retried();
		boolean[] stored = this.store.store(List.of(
				vote(campaign, voter, day, first, 0, castAt), // number already taken
				vote(campaign, voter, day, first, 1, castAt),
				vote(campaign, other, day, second, 0, castAt),
				vote(campaign, other, day, second, 0, castAt))); // the same key twice in one batch

		assertThat(stored).containsExactly(false, true, true, false);
		assertThat(retried()).isEqualTo(retriedBefore + 1);
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ?").param(campaign.id())
			.query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select sum(votes) from vote_count where campaign_id = ? and candidate_id = ?")
			.params(campaign.id(), first).query(Long.class).single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select sum(votes) from vote_count where campaign_id = ? and candidate_id = ?")
			.params(campaign.id(), second).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select cast_at from vote where campaign_id = ? and seq = 1")
			.param(campaign.id()).query(Instant.class).single()).isEqualTo(castAt);
	}

	@Test
	void aBatchWhoseNumbersAreAllFreeIsStoredWholeWithoutARetry() {
		var campaign = this.data.openCampaign(null, null, 2, 2);
		LocalDate day = LocalDate.of(2026, 11, 23);
		Instant castAt = Instant.parse("2026-11-23T02:03:04Z");
		double retriedBefore = retried();

		boolean[] stored = this.store.store(List.of(
				vote(campaign, this.keys.voterKey("sms", "13800000011"), day, campaign.first().get(0).id(), 0, castAt),
				vote(campaign, this.keys.voterKey("sms", "13800000012"), day, campaign.first().get(0).id(), 0, castAt),
				vote(campaign, this.keys.voterKey("sms", "13800000013"), day, campaign.first().get(1).id(), 0, castAt)));

		assertThat(stored).containsExactly(true, true, true);
		assertThat(retried()).isEqualTo(retriedBefore);
		assertThat(this.jdbc.sql("select sum(votes) from vote_count where campaign_id = ?").param(campaign.id())
			.query(Long.class).single()).isEqualTo(3);
	}

	private double retried() {
		return this.meters.counter("laurel.voting.commit.retried").count();
	}

	private static NewVote vote(VotingTestData.VotingCampaignFixture campaign, byte[] voter, LocalDate day,
			long candidate, int seq, Instant castAt) {
		return new NewVote(campaign.id(), voter, day, candidate, campaign.firstCategory(), seq, castAt, "10.1.2.3", "10.1.2.0/24", 7, "device");
	}

}
