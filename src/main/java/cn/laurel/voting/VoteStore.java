package cn.laurel.voting;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
class VoteStore implements VoteWriter.BatchStore {

	/** Shards of each candidate's count; nodes' writers rarely touch the same row at once. */
	static final int SHARDS = 16;

	/**
	 * One statement, and so one transaction and one round trip, per batch: durable commit (an
	 * embedded or tuned server may default to asynchronous commit), the votes, and their counts
	 * added to one shard.
	 */
	private static final String INSERT = """
			with durable as materialized (select set_config('synchronous_commit', 'on', true)),
			inserted as (
			    insert into vote (campaign_id, voter_key, vote_day, candidate_id, candidate_slot, category_id,
			                      category_slot, day_slot, cast_at, ip, ip_net, agent_hash, device_id)
			    select v.* from durable, unnest(?::bigint[], ?::bytea[], ?::date[], ?::bigint[], ?::smallint[],
			            ?::bigint[], ?::smallint[], ?::smallint[], ?::timestamptz[], ?::text[], ?::text[], ?::int[],
			            ?::text[]) as v
			    on conflict do nothing
			    returning campaign_id, voter_key, vote_day, candidate_id, candidate_slot),
			counted as (
			    insert into vote_count (campaign_id, candidate_id, shard, votes)
			    select campaign_id, candidate_id, ?, count(*) from inserted group by campaign_id, candidate_id
			    order by campaign_id, candidate_id
			    on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes)
			select * from inserted
			""";

	private static final String COUNT = """
			insert into vote_count (campaign_id, candidate_id, shard, votes)
			select c, k, ?, n from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as t(c, k, n)
			on conflict (campaign_id, candidate_id, shard) do update set votes = vote_count.votes + excluded.votes
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	VoteStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
	}

	/** One statement in auto-commit: its own transaction, committed before the call returns. */
	@Override
	public boolean[] store(List<NewVote> votes) {
		return this.jdbcTemplate.execute((ConnectionCallback<boolean[]>) connection -> {
			if (!connection.getAutoCommit()) {
				throw new IllegalStateException("votes are written in auto-commit, one statement per batch");
			}
			return insert(connection, votes);
		});
	}

	private static boolean[] insert(Connection connection, List<NewVote> votes) throws SQLException {
		Set<NewVote.Key> inserted = new HashSet<>();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			int n = votes.size();
			Long[] campaigns = new Long[n];
			byte[][] voters = new byte[n][];
			String[] days = new String[n];
			Long[] candidates = new Long[n];
			Integer[] candidateSlots = new Integer[n];
			Long[] categories = new Long[n];
			Integer[] categorySlots = new Integer[n];
			Integer[] daySlots = new Integer[n];
			String[] castAt = new String[n];
			String[] ips = new String[n];
			String[] nets = new String[n];
			Integer[] agents = new Integer[n];
			String[] devices = new String[n];
			for (int i = 0; i < n; i++) {
				NewVote vote = votes.get(i);
				campaigns[i] = vote.campaignId();
				voters[i] = vote.voterKey();
				days[i] = vote.day().toString();
				candidates[i] = vote.candidateId();
				candidateSlots[i] = vote.slots().candidate();
				categories[i] = vote.categoryId();
				categorySlots[i] = vote.slots().category();
				daySlots[i] = vote.slots().day();
				castAt[i] = vote.castAt().toString();
				ips[i] = vote.ip();
				nets[i] = vote.ipNet();
				agents[i] = vote.agentHash();
				devices[i] = vote.deviceId();
			}
			int p = 1;
			insert.setArray(p++, connection.createArrayOf("bigint", campaigns));
			insert.setArray(p++, connection.createArrayOf("bytea", voters));
			insert.setArray(p++, connection.createArrayOf("text", days));
			insert.setArray(p++, connection.createArrayOf("bigint", candidates));
			insert.setArray(p++, connection.createArrayOf("int", candidateSlots));
			insert.setArray(p++, connection.createArrayOf("bigint", categories));
			insert.setArray(p++, connection.createArrayOf("int", categorySlots));
			insert.setArray(p++, connection.createArrayOf("int", daySlots));
			insert.setArray(p++, connection.createArrayOf("text", castAt));
			insert.setArray(p++, connection.createArrayOf("text", ips));
			insert.setArray(p++, connection.createArrayOf("text", nets));
			insert.setArray(p++, connection.createArrayOf("int", agents));
			insert.setArray(p++, connection.createArrayOf("text", devices));
			insert.setInt(p, ThreadLocalRandom.current().nextInt(SHARDS));
			try (ResultSet rows = insert.executeQuery()) {
				while (rows.next()) {
					inserted.add(new NewVote.Key(rows.getLong(1), ByteBuffer.wrap(rows.getBytes(2)),
							rows.getObject(3, LocalDate.class), rows.getLong(4), rows.getInt(5)));
				}
			}
		}
		boolean[] stored = new boolean[votes.size()];
		for (int i = 0; i < stored.length; i++) {
			// of equal keys in one batch the database kept one row: it goes to the first
			stored[i] = inserted.remove(votes.get(i).key());
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
