package cn.laurel.voting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vote table's SQL. A batch is one multi-row {@code INSERT ... ON CONFLICT DO NOTHING} fed by
 * arrays (one statement shape whatever the batch size, so the server plans it once), which in the
 * same statement adds the batch's counts to a random shard of {@code vote_count}: a single writer
 * per node updates a counter row once per batch, never once per vote.
 */
@Component
class VoteStore implements VoteWriter.BatchStore, AutoCloseable {

	/** Shards of each candidate's count; nodes' writers rarely touch the same row at once. */
	static final int SHARDS = 16;

	/**
	 * One statement, and so one transaction and one round trip, per batch: durable commit (an
	 * embedded or tuned server may default to asynchronous commit), the votes, and their counts
	 * added to one shard. It answers with the positions of the votes it did not store (a slot taken
	 * already, or a second copy of a key within the batch), which is almost always none: the driver
	 * then has no rows to read.
	 */
	private static final String INSERT = """
			with durable as materialized (select set_config('synchronous_commit', 'on', true)),
			batch as materialized (
			    select v.* from durable, unnest(?::bigint[], ?::bytea[], ?::date[], ?::bigint[], ?::smallint[],
			            ?::bigint[], ?::smallint[], ?::smallint[], ?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[])
			        with ordinality as v(campaign_id, voter_key, vote_day, candidate_id, candidate_slot, category_id,
			            category_slot, day_slot, cast_at_micros, ip, ip_net, agent_hash, device_id, position)),
			inserted as (
			    insert into vote (campaign_id, voter_key, vote_day, candidate_id, candidate_slot, category_id,
			                      category_slot, day_slot, cast_at, ip, ip_net, agent_hash, device_id)
			    select campaign_id, voter_key, vote_day, candidate_id, candidate_slot, category_id, category_slot,
			           day_slot, timestamptz 'epoch' + cast_at_micros * interval '1 microsecond', ip, ip_net,
			           agent_hash, device_id
			    from batch order by position
			    on conflict do nothing
			    returning campaign_id, voter_key, vote_day, candidate_id, candidate_slot),
			counted as (
			    insert into vote_count (campaign_id, candidate_id, shard, votes)
			    select campaign_id, candidate_id, ?, count(*) from inserted group by campaign_id, candidate_id
			    order by campaign_id, candidate_id
			    on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes)
			select b.position from batch b
			where not exists (select from inserted i
			                  where (i.campaign_id, i.voter_key, i.vote_day, i.candidate_id, i.candidate_slot)
			                      = (b.campaign_id, b.voter_key, b.vote_day, b.candidate_id, b.candidate_slot))
			   or exists (select from batch e
			              where e.position < b.position
			                and (e.campaign_id, e.voter_key, e.vote_day, e.candidate_id, e.candidate_slot)
			                    = (b.campaign_id, b.voter_key, b.vote_day, b.candidate_id, b.candidate_slot))
			""";

	private static final String COUNT = """
			insert into vote_count (campaign_id, candidate_id, shard, votes)
			select c, k, ?, n from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as t(c, k, n)
			on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes
			""";

	private final DataSource writerConnections;

	private final JdbcTemplate writes;

	private final JdbcClient jdbc;

	VoteStore(DataSource dataSource, JdbcClient jdbc, VotingProperties properties) {
		this.writerConnections = writerPool(dataSource, properties.writer().threads());
		this.writes = new JdbcTemplate(this.writerConnections);
		this.jdbc = jdbc;
	}

	/**
	 * The writers' own small pool, a copy of the application's: writers never queue behind page requests
	 * for a connection, and their sessions use one generic plan for the batch statement. Left to choose,
	 * the server keeps planning it afresh for every batch, which costs it more than the batch's rows.
	 */
	private static DataSource writerPool(DataSource dataSource, int writers) {
		if (!(dataSource instanceof HikariDataSource application)) {
			return dataSource;
		}
		HikariConfig config = new HikariConfig();
		application.copyStateTo(config);
		config.setPoolName("vote-writers");
		config.setMaximumPoolSize(writers);
		// opened by the first vote, so that a node (or a test context) that takes no votes holds none
		config.setMinimumIdle(0);
		config.setConnectionInitSql("set plan_cache_mode = force_generic_plan");
		return new HikariDataSource(config);
	}

	@Override
	public void close() {
		if (this.writerConnections instanceof HikariDataSource pool) {
			pool.close();
		}
	}

	/** One statement in auto-commit: its own transaction, committed before the call returns. */
	@Override
	public boolean[] store(List<NewVote> votes) {
		return this.writes.execute((ConnectionCallback<boolean[]>) connection -> {
			if (!connection.getAutoCommit()) {
				throw new IllegalStateException("votes are written in auto-commit, one statement per batch");
			}
			return insert(connection, votes);
		});
	}

	private static boolean[] insert(Connection connection, List<NewVote> votes) throws SQLException {
		int n = votes.size();
		long[] campaigns = new long[n];
		byte[][] voters = new byte[n][];
		String[] days = new String[n];
		long[] candidates = new long[n];
		short[] candidateSlots = new short[n];
		long[] categories = new long[n];
		short[] categorySlots = new short[n];
		short[] daySlots = new short[n];
		long[] castAt = new long[n];
		String[] ips = new String[n];
		String[] nets = new String[n];
		int[] agents = new int[n];
		String[] devices = new String[n];
		for (int i = 0; i < n; i++) {
			NewVote vote = votes.get(i);
			campaigns[i] = vote.campaignId();
			voters[i] = vote.voterKey();
			days[i] = vote.day().toString();
			candidates[i] = vote.candidateId();
			candidateSlots[i] = (short) vote.slots().candidate();
			categories[i] = vote.categoryId();
			categorySlots[i] = (short) vote.slots().category();
			daySlots[i] = (short) vote.slots().day();
			castAt[i] = ChronoUnit.MICROS.between(Instant.EPOCH, vote.castAt());
			ips[i] = vote.ip();
			nets[i] = vote.ipNet();
			agents[i] = vote.agentHash();
			devices[i] = vote.deviceId();
		}
		boolean[] stored = new boolean[n];
		Arrays.fill(stored, true);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			// the driver's own createArrayOf takes primitive arrays, and sends them in binary
			PGConnection pg = connection.unwrap(PGConnection.class);
			int p = 1;
			insert.setArray(p++, pg.createArrayOf("int8", campaigns));
			insert.setArray(p++, connection.createArrayOf("bytea", voters));
			insert.setArray(p++, connection.createArrayOf("text", days));
			insert.setArray(p++, pg.createArrayOf("int8", candidates));
			insert.setArray(p++, pg.createArrayOf("int2", candidateSlots));
			insert.setArray(p++, pg.createArrayOf("int8", categories));
			insert.setArray(p++, pg.createArrayOf("int2", categorySlots));
			insert.setArray(p++, pg.createArrayOf("int2", daySlots));
			insert.setArray(p++, pg.createArrayOf("int8", castAt));
			insert.setArray(p++, connection.createArrayOf("text", ips));
			insert.setArray(p++, connection.createArrayOf("text", nets));
			insert.setArray(p++, pg.createArrayOf("int4", agents));
			insert.setArray(p++, connection.createArrayOf("text", devices));
			insert.setInt(p, ThreadLocalRandom.current().nextInt(SHARDS));
			try (ResultSet notStored = insert.executeQuery()) {
				while (notStored.next()) {
					stored[notStored.getInt(1) - 1] = false;
				}
			}
		}
		return stored;
	}

	/** Adds {@code counts} (by campaign and candidate, in key order) to one shard of the tallies; invalidations subtract. */
	static void addCounts(Connection connection, Map<CandidateKey, Long> counts, int shard) throws SQLException {
		if (counts.isEmpty()) {
			return;
		}
		try (PreparedStatement count = connection.prepareStatement(COUNT)) {
			count.setInt(1, shard);
			count.setArray(2, connection.createArrayOf("bigint",
					counts.keySet().stream().map(CandidateKey::campaignId).toArray(Long[]::new)));
			count.setArray(3, connection.createArrayOf("bigint",
					counts.keySet().stream().map(CandidateKey::candidateId).toArray(Long[]::new)));
			count.setArray(4, connection.createArrayOf("bigint", counts.values().toArray(Long[]::new)));
			count.executeUpdate();
		}
	}

	/** A candidate's count row; ordered so that concurrent upserts lock rows in the same order. */
	record CandidateKey(long campaignId, long candidateId) implements Comparable<CandidateKey> {

		@Override
		public int compareTo(CandidateKey other) {
			int byCampaign = Long.compare(this.campaignId, other.campaignId);
			return byCampaign != 0 ? byCampaign : Long.compare(this.candidateId, other.candidateId);
		}

	}

	/** The slots a voter's stored votes of a day hold: what a node that lost track of them starts from. */
	VoterDay voterDay(long campaignId, byte[] voterKey, LocalDate day) {
		VoterDay voterDay = new VoterDay();
		this.jdbc.sql("""
				select category_id, candidate_id, day_slot, category_slot, candidate_slot from vote
				where campaign_id = ? and voter_key = ? and vote_day = ?
				""")
			.params(campaignId, voterKey, day)
			.query((rs, row) -> {
				voterDay.holds(rs.getLong(1), rs.getLong(2),
						new Admission.Slots(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
				return null;
			})
			.list();
		return voterDay;
	}

}
