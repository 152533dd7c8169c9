package cn.laurel.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A campaign's scheme, its lock with the votes it froze, the tie decisions and the shortlist. */
@Repository
class ScoringRecords {

	private static final TypeReference<List<String>> LABELS = new TypeReference<>() {
	};

	private static final TypeReference<List<Long>> IDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScoringRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Scheme scheme(long campaignId) {
		return this.jdbc.sql("select * from scoring_scheme where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new Scheme(VotePoints.valueOf(rs.getString("vote_points")),
					rs.getBigDecimal("rank_step"), this.json.readValue(rs.getString("tie_breaks"), LABELS)))
			.optional()
			.orElse(Scheme.DEFAULT);
	}

	void saveScheme(long campaignId, Scheme scheme) {
		this.jdbc.sql("""
				insert into scoring_scheme (campaign_id, vote_points, rank_step, tie_breaks)
				values (?, ?, ?, ?::jsonb) on conflict (campaign_id) do update set vote_points = excluded.vote_points,
				  rank_step = excluded.rank_step, tie_breaks = excluded.tie_breaks""")
			.params(campaignId, scheme.votePoints().name(), scheme.rankStep(),
					this.json.writeValueAsString(scheme.tieBreaks()))
			.update();
	}

	/** Who locked the campaign's scoring and when, while it is locked. */
	Optional<Lock> lock(long campaignId) {
		return this.jdbc.sql("select locked_by, locked_at from scoring_lock where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new Lock(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	record Lock(String lockedBy, Instant lockedAt) {
	}

	/** Locks scoring and freezes the votes it was computed with; false if it was locked already. */
	boolean lock(long campaignId, Map<Long, Long> votes, String by, Instant now) {
		boolean locked = this.jdbc.sql("""
				insert into scoring_lock (campaign_id, locked_by, locked_at) values (?, ?, ?) on conflict do nothing""")
			.params(campaignId, by, Timestamp.from(now))
			.update() == 1;
		if (locked) {
			votes.forEach((candidate, count) -> this.jdbc
				.sql("insert into scoring_locked_votes (campaign_id, nomination_id, votes) values (?, ?, ?)")
				.params(campaignId, candidate, count)
				.update());
		}
		return locked;
	}

	/** Lifts the lock (and the frozen votes and any shortlist with it); false if it was not locked. */
	boolean unlock(long campaignId) {
		discardShortlist(campaignId);
		return this.jdbc.sql("delete from scoring_lock where campaign_id = ?").param(campaignId).update() == 1;
	}

	Map<Long, Long> lockedVotes(long campaignId) {
		Map<Long, Long> votes = new HashMap<>();
		this.jdbc.sql("select nomination_id, votes from scoring_locked_votes where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> votes.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return votes;
	}

	List<TieDecision> decisions(long campaignId) {
		return this.jdbc.sql("select * from scoring_tie_decision where campaign_id = ? order by decided_at, id")
			.param(campaignId)
			.query((rs, row) -> new TieDecision(rs.getLong("id"), rs.getLong("category_id"),
					this.json.readValue(rs.getString("nomination_ids"), IDS), rs.getString("reason"),
					rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	void decide(long campaignId, long categoryId, List<Long> order, String reason, String by, Instant now) {
		this.jdbc.sql("""
				insert into scoring_tie_decision (campaign_id, category_id, nomination_ids, reason, decided_by,
				  decided_at) values (?, ?, ?::jsonb, ?, ?, ?)""")
			.params(campaignId, categoryId, this.json.writeValueAsString(order), reason, by, Timestamp.from(now))
			.update();
	}

	/** Replaces the campaign's shortlist with {@code entries}. */
	void saveShortlist(long campaignId, List<Shortlists.Entry> entries, String by, Instant now) {
		this.jdbc.sql("delete from scoring_shortlist where campaign_id = ?").param(campaignId).update();
		this.jdbc.sql("insert into scoring_shortlist (campaign_id, generated_by, generated_at) values (?, ?, ?)")
			.params(campaignId, by, Timestamp.from(now))
			.update();
		for (Shortlists.Entry entry : entries) {
			this.jdbc.sql("""
					insert into scoring_shortlist_entry (campaign_id, category_id, nomination_id, rank, composite,
					  outcome, segment, unit_id, display_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(campaignId, entry.categoryId(), entry.candidateId(), entry.rank(), entry.composite(),
						entry.outcome().name(), entry.segment(), entry.unitId(), entry.displayName())
				.update();
		}
	}

	Optional<Instant> shortlistedAt(long campaignId) {
		return this.jdbc.sql("select generated_at from scoring_shortlist where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void discardShortlist(long campaignId) {
		this.jdbc.sql("delete from scoring_shortlist where campaign_id = ?").param(campaignId).update();
	}

	Optional<Shortlists.Shortlist> shortlist(long campaignId) {
		return this.jdbc.sql("select generated_by, generated_at from scoring_shortlist where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new Shortlists.Shortlist(campaignId, rs.getString(1), rs.getTimestamp(2).toInstant(),
					entries(campaignId)))
			.optional();
	}

	private List<Shortlists.Entry> entries(long campaignId) {
		return this.jdbc.sql("""
				select * from scoring_shortlist_entry where campaign_id = ?
				order by category_id, rank, nomination_id""")
			.param(campaignId)
			.query((rs, row) -> new Shortlists.Entry(rs.getLong("category_id"), rs.getLong("nomination_id"),
					rs.getInt("rank"), rs.getBigDecimal("composite"), Outcome.valueOf(rs.getString("outcome")),
					rs.getString("segment"), rs.getLong("unit_id"), rs.getString("display_name")))
			.list();
	}

}
