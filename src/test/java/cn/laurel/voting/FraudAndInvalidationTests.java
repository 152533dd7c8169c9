package cn.laurel.voting;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.org.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each suspicious pattern is flagged from the stored votes, and an invalidated set is kept, audited
 * and left out of the counts. Votes are written straight into the table with the times a test needs.
 */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class FraudAndInvalidationTests {

	private static final AtomicLong CAMPAIGNS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 9_000_000_000L);

	private static final Instant T0 = Instant.parse("2025-12-15T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	FraudFlags flags;

	@Autowired
	VotingTestData data;

	@Autowired
	VoteStore store;

	@Autowired
	VoteTallies tallies;

	@Autowired
	JdbcClient jdbc;

	private long voterSequence;

	@Test
	void manyVotesForOneCandidateWithinAMinuteAreFlaggedAsABurst() {
		long campaign = CAMPAIGNS.incrementAndGet();
		for (int i = 0; i < 100; i++) {
			vote(campaign, 7, T0.plusMillis(i * 500L), "198.51.100." + (i % 250), i, "d" + i);
		}
		for (int i = 0; i < 99; i++) {
			vote(campaign, 8, T0.plusSeconds(i * 10L), "198.51.101." + (i % 250), i, "e" + i);
		}

		assertThat(flagsOf(campaign, FlagKind.BURST)).singleElement().satisfies(flag -> {
			assertThat(flag.subject()).isEqualTo("7@2025-12-15T02:00:00Z");
			assertThat(flag.votes()).isEqualTo(100);
		});
	}

	@Test
	void manyVoterKeysFromOneAddressAreFlagged() {
		long campaign = CAMPAIGNS.incrementAndGet();
		for (int i = 0; i < 20; i++) {
			vote(campaign, 7, T0.plusSeconds(i * 37L + i * i), "203.0.113.9", i, "d" + i);
		}
		for (int i = 0; i < 19; i++) {
			vote(campaign, 7, T0.plusSeconds(i * 41L + i * i), "203.0.113.10", i, "e" + i);
		}

		assertThat(flagsOf(campaign, FlagKind.SHARED_ADDRESS)).extracting(FraudFlag::subject)
			.containsExactly("203.0.113.9");
	}

	@Test
	void manyVoterKeysFromOneSlash24AreFlagged() {
		long campaign = CAMPAIGNS.incrementAndGet();
		for (int i = 0; i < 50; i++) {
			vote(campaign, 7, T0.plusSeconds(i * 53L + i * i), "192.0.2." + i, i, "d" + i);
		}

		assertThat(flagsOf(campaign, FlagKind.SHARED_NETWORK)).extracting(FraudFlag::subject)
			.containsExactly("192.0.2.0/24");
		assertThat(flagsOf(campaign, FlagKind.SHARED_ADDRESS)).isEmpty();
	}

	@Test
	void votesAtMachineRegularIntervalsAreFlaggedAndHumanOnesAreNot() {
		long campaign = CAMPAIGNS.incrementAndGet();
		for (int i = 0; i < 12; i++) {
			vote(campaign, 7, T0.plusMillis(i * 3_000L + (i % 2) * 20), "198.51.100.77", i, "d" + i);
		}
		for (int i = 0; i < 12; i++) {
			vote(campaign, 7, T0.plusSeconds(i * 3L + (i * i) % 7), "198.51.100.78", 100 + i, "e" + i);
		}

		assertThat(flagsOf(campaign, FlagKind.REGULAR_INTERVALS)).singleElement().satisfies(flag -> {
			assertThat(flag.subject()).isEqualTo("198.51.100.77");
			assertThat(flag.detail()).isEqualTo("3.00");
		});
	}

	@Test
	void oneBrowserFingerprintAcrossManyVotersIsFlagged() {
		long campaign = CAMPAIGNS.incrementAndGet();
		for (int i = 0; i < 200; i++) {
			vote(campaign, 7, T0.plusSeconds(i * 7L + i * i), "100.64." + (i % 200) + ".1", 424242, "d" + i);
		}

		assertThat(flagsOf(campaign, FlagKind.SHARED_FINGERPRINT)).extracting(FraudFlag::subject)
			.containsExactly("424242");
	}

	@Test
	void anInvalidatedSetIsKeptAuditedAndLeftOutOfTheCounts() throws Exception {
		var fixture = this.data.openCampaign(null, null, 1, 2);
		long campaign = fixture.id();
		long rigged = fixture.first().get(0).id();
		long honest = fixture.first().get(1).id();
		for (int i = 0; i < 20; i++) {
			voteCounted(campaign, rigged, T0.plusSeconds(i), "203.0.113.50");
		}
		voteCounted(campaign, honest, T0, "198.51.100.3");
		voteCounted(campaign, rigged, T0, "198.51.100.4");
		assertThat(this.tallies.validVotes(campaign)).containsEntry(rigged, 21L).containsEntry(honest, 1L);

		this.mvc.perform(get("/campaigns/{id}/voting/fraud", campaign).with(user(fixture.organiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同一 IP 地址多个投票人")))
			.andExpect(content().string(containsString("203.0.113.50")));
		this.mvc.perform(post("/campaigns/{id}/voting/invalidations", campaign).with(user(fixture.organiser()))
				.with(csrf()).param("kind", "SHARED_ADDRESS").param("subject", "203.0.113.50").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("作废选票须填写理由")));
		this.mvc.perform(post("/campaigns/{id}/voting/invalidations", campaign).with(user(fixture.organiser()))
				.with(csrf()).param("kind", "SHARED_ADDRESS").param("subject", "203.0.113.50")
				.param("reason", "同一地址 20 个号码集中投票，经核实为刷票"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "voting.fraud.invalidated"));

		assertThat(this.tallies.validVotes(campaign)).containsEntry(rigged, 1L).containsEntry(honest, 1L);
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ? and invalidation_id is not null")
			.param(campaign).query(Long.class).single()).isEqualTo(20);
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ?").param(campaign)
			.query(Long.class).single()).isEqualTo(22);
		assertThat(this.jdbc.sql("""
				select reason from audit_entry where campaign_id = ? and action = 'voting.votes-invalidated'
				""").param(campaign).query(String.class).list())
			.containsExactly("同一地址 20 个号码集中投票，经核实为刷票");
		this.mvc.perform(get("/campaigns/{id}/voting/fraud", campaign).with(user(fixture.organiser())))
			.andExpect(content().string(containsString("经核实为刷票")))
			.andExpect(content().string(containsString("暂未发现可疑投票")));
	}

	@Test
	void anotherOrganisersCampaignCannotBeInvalidated() throws Exception {
		var fixture = this.data.openCampaign(null, null, 1, 1);
		var stranger = this.data.someone(Role.ORGANISER);

		this.mvc.perform(post("/campaigns/{id}/voting/invalidations", fixture.id()).with(user(stranger)).with(csrf())
				.param("kind", "SHARED_ADDRESS").param("subject", "203.0.113.50").param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/campaigns/{id}/voting/fraud", fixture.id()).with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	private List<FraudFlag> flagsOf(long campaign, FlagKind kind) {
		return this.flags.of(campaign).stream().filter(flag -> flag.kind() == kind).toList();
	}

	/** A vote stored by the group-commit store, so that counts follow as in production. */
	private void voteCounted(long campaign, long candidate, Instant at, String ip) {
		NewVote vote = new NewVote(campaign, voterKey(), LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")),
				candidate, 1, 0, at, ip, VoterRequests.networkOf(ip), 1, "device");
		assertThat(this.store.store(List.of(vote))).containsExactly(true);
	}

	private void vote(long campaign, long candidate, Instant at, String ip, int agentHash, String device) {
		this.jdbc.sql("""
				insert into vote (campaign_id, voter_key, vote_day, candidate_id, category_id, seq, cast_at, ip,
				                  ip_net, agent_hash, device_id)
				values (?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?)
				""")
			.params(campaign, voterKey(), LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")), candidate,
					Timestamp.from(at), ip, VoterRequests.networkOf(ip), agentHash, device)
			.update();
	}

	private byte[] voterKey() {
		return ByteBuffer.allocate(32).putLong(System.nanoTime()).putLong(++this.voterSequence).array();
	}

}
