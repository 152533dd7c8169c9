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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLState;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vote table's SQL. A batch is one multi-row {@code INSERT} fed by arrays (one statement shape
 * whatever the batch size, so the server plans it once), which in the same statement adds the batch's
 * counts to a random shard of {@code vote_count}: a single writer per node updates a counter row once per
 * batch, never once per vote.
 */
@Component
class VoteStore implements VoteWriter.BatchStore, AutoCloseable {

	/** Shards of each candidate's count; nodes' writers rarely touch the same row at once. */
	static final int SHARDS = 16;

	/**
	 * The batch's votes as rows, numbered in order. Commits are durable whatever the server's default (an
	 * embedded or tuned server may commit asynchronously): the setting is made inside the statement.
	 */
	private static final String VOTES = """
			(select set_config('synchronous_commit', 'on', true)) durable,
			unnest(?::bigint[], ?::bytea[], ?::date[], ?::bigint[], ?::bigint[], ?::smallint[], ?::bigint[],
			       ?::text[], ?::text[], ?::int[], ?::text[])
			    with ordinality as v(campaign_id, voter_key, vote_day, candidate_id, category_id, seq,
			        cast_at_micros, ip, ip_net, agent_hash, device_id, position)""";

	private static final String INSERT_VOTES = """
			insert into vote (campaign_id, voter_key, vote_day, candidate_id, category_id, seq, cast_at, ip, ip_net,
			                  agent_hash, device_id)
			select campaign_id, voter_key, vote_day, candidate_id, category_id, seq,
			       timestamptz 'epoch' + cast_at_micros * interval '1 microsecond', ip, ip_net, agent_hash, device_id
			from %s order by position""";

	private static final String COUNT_INSERTED = """
			insert into vote_count (campaign_id, candidate_id, shard, votes)
			select campaign_id, candidate_id, ?, count(*) from inserted group by campaign_id, candidate_id
			order by campaign_id, candidate_id
			on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes""";

	/**
	 * The usual batch, whose numbers are all free: a plain insert, which stores every vote or, if the key
	 * refuses one, none. Without {@code ON CONFLICT} the server neither checks each key before inserting nor
	 * logs a confirmation per row: a quarter less of its time per vote.
	 */
	private static final String INSERT = ("with inserted as (" + INSERT_VOTES + "\nreturning campaign_id, candidate_id)\n"
			+ COUNT_INSERTED).formatted(VOTES);

	/**
	 * A batch the plain insert refused: {@code ON CONFLICT DO NOTHING} stores the votes whose numbers are free
	 * and answers with the positions of those it did not store (a number taken already, or a second copy of a
	 * key within the batch). A node's batch holds at most one vote of a voter's day (see {@link VoterDay}), so
	 * no vote in it depends on another being stored.
	 */
	private static final String INSERT_FREE = ("""
			with batch as materialized (select v.* from %s),
			inserted as (""" + INSERT_VOTES + """

			    on conflict do nothing
			    returning campaign_id, voter_key, vote_day, seq, candidate_id),
			counted as (""" + COUNT_INSERTED + """
			)
			select b.position from batch b
			where not exists (select from inserted i
			                  where (i.campaign_id, i.voter_key, i.vote_day, i.seq)
			                      = (b.campaign_id, b.voter_key, b.vote_day, b.seq))
			   or exists (select from batch e
			              where e.position < b.position
			                and (e.campaign_id, e.voter_key, e.vote_day, e.seq)
			                    = (b.campaign_id, b.voter_key, b.vote_day, b.seq))
			""").formatted(VOTES, "batch");

	private static final String COUNT = """
			insert into vote_count (campaign_id, candidate_id, shard, votes)
			select c, k, ?, n from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as t(c, k, n)
			on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes
			""";

	private final DataSource writerConnections;

	private final JdbcTemplate writes;

	private final JdbcClient jdbc;

	/** Votes per commit: how well commits are shared when votes pour in. */
	private final DistributionSummary commits;

	/** Batches the plain insert refused, stored again vote by vote. */
	private final Counter retried;

	VoteStore(DataSource dataSource, JdbcClient jdbc, VotingProperties properties, ObjectProvider<MeterRegistry> meters) {
		this.writerConnections = writerPool(dataSource, properties.writer().threads());
		this.writes = new JdbcTemplate(this.writerConnections);
		this.jdbc = jdbc;
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.commits = DistributionSummary.builder("laurel.voting.commit.votes")
			.description("Votes in one commit")
			.register(registry);
		this.retried = Counter.builder("laurel.voting.commit.retried")
			.description("Batches in which a vote's number was already taken, stored again keeping the free ones")
			.register(registry);
	}

	/**
	 * The writers' own small pool, a copy of the application's: writers never queue behind page requests
	 * for a connection, and their sessions use one generic plan for the batch statement. Left to choose,
	 * the server keeps planning it afresh for every batch, which costs it more than the batch's rows.
	 */
	private static DataSource writerPool(DataSource dataSource, int writers) {
		HikariDataSource application;
		try {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				return dataSource;
			}
			application = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
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

	private boolean[] insert(Connection connection, List<NewVote> votes) throws SQLException {
		Columns columns = new Columns(votes);
		int shard = ThreadLocalRandom.current().nextInt(SHARDS);
		boolean[] stored = new boolean[votes.size()];
		Arrays.fill(stored, true);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			columns.bind(connection, insert, shard);
			insert.executeUpdate();
			this.commits.record(votes.size());
			return stored;
		}
		catch (SQLException ex) {
			if (!PSQLState.UNIQUE_VIOLATION.getState().equals(ex.getSQLState())) {
				throw ex;
			}
		}
		// a number was taken (another node's vote, or one from before a restart): the free ones are stored
		this.retried.increment();
		try (PreparedStatement insert = connection.prepareStatement(INSERT_FREE)) {
			columns.bind(connection, insert, shard);
			try (ResultSet notStored = insert.executeQuery()) {
				while (notStored.next()) {
					stored[notStored.getInt(1) - 1] = false;
				}
			}
		}
		this.commits.record(votes.size());
		return stored;
	}

	/** A batch's votes column by column, as the statements take them. */
	private static final class Columns {

		private final long[] campaigns;

		private final byte[][] voters;

		private final String[] days;

		private final long[] candidates;

		private final long[] categories;

		private final short[] seqs;

		private final long[] castAt;

		private final String[] ips;

		private final String[] nets;

		private final int[] agents;

		private final String[] devices;

		Columns(List<NewVote> votes) {
			int n = votes.size();
			this.campaigns = new long[n];
			this.voters = new byte[n][];
			this.days = new String[n];
			this.candidates = new long[n];
			this.categories = new long[n];
			this.seqs = new short[n];
			this.castAt = new long[n];
			this.ips = new String[n];
			this.nets = new String[n];
			this.agents = new int[n];
			this.devices = new String[n];
			for (int i = 0; i < n; i++) {
				NewVote vote = votes.get(i);
				this.campaigns[i] = vote.campaignId();
				this.voters[i] = vote.voterKey();
				this.days[i] = vote.day().toString();
				this.candidates[i] = vote.candidateId();
				this.categories[i] = vote.categoryId();
				this.seqs[i] = (short) vote.seq();
				this.castAt[i] = ChronoUnit.MICROS.between(Instant.EPOCH, vote.castAt());
				this.ips[i] = vote.ip();
				this.nets[i] = vote.ipNet();
				this.agents[i] = vote.agentHash();
				this.devices[i] = vote.deviceId();
			}
		}

		void bind(Connection connection, PreparedStatement statement, int shard) throws SQLException {
			// the driver's own createArrayOf takes primitive arrays, and sends them in binary
			PGConnection pg = connection.unwrap(PGConnection.class);
			int p = 1;
			statement.setArray(p++, pg.createArrayOf("int8", this.campaigns));
			statement.setArray(p++, connection.createArrayOf("bytea", this.voters));
			statement.setArray(p++, connection.createArrayOf("text", this.days));
			statement.setArray(p++, pg.createArrayOf("int8", this.candidates));
			statement.setArray(p++, pg.createArrayOf("int8", this.categories));
			statement.setArray(p++, pg.createArrayOf("int2", this.seqs));
			statement.setArray(p++, pg.createArrayOf("int8", this.castAt));
			statement.setArray(p++, connection.createArrayOf("text", this.ips));
			statement.setArray(p++, connection.createArrayOf("text", this.nets));
			statement.setArray(p++, pg.createArrayOf("int4", this.agents));
			statement.setArray(p++, connection.createArrayOf("text", this.devices));
			statement.setInt(p, shard);
		}

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

	/** A voter's stored votes of a day: what a node that lost track of them starts from. */
	VoterDay voterDay(long campaignId, byte[] voterKey, LocalDate day) {
		VoterDay voterDay = new VoterDay();
		this.jdbc.sql("""
				select category_id, candidate_id, seq from vote
				where campaign_id = ? and voter_key = ? and vote_day = ?
				""")
			.params(campaignId, voterKey, day)
			.query((rs, row) -> {
				voterDay.holds(rs.getLong(1), rs.getLong(2), rs.getInt(3));
				return null;
			})
			.list();
		return voterDay;
	}

}
