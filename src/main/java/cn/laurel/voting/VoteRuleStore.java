package cn.laurel.voting;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules each campaign's organiser saved; a campaign without a row runs on {@link VoteRules#defaults()}. */
@Component
class VoteRuleStore {

	private final JdbcClient jdbc;

	VoteRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<VoteRules> find(long campaignId) {
		return this.jdbc.sql("""
				select opens_at, closes_at, per_day, per_category_per_day, per_candidate_per_day, tally_display,
				       tally_delay_minutes
				from vote_rules where campaign_id = ?
				""")
			.param(campaignId)
			.query((rs, row) -> new VoteRules(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
					(Integer) rs.getObject(3), (Integer) rs.getObject(4), rs.getInt(5),
					TallyDisplay.valueOf(rs.getString(6)), rs.getInt(7)))
			.optional();
	}

	void save(long campaignId, VoteRules rules) {
		this.jdbc.sql("""
				insert into vote_rules (campaign_id, opens_at, closes_at, per_day, per_category_per_day,
				                        per_candidate_per_day, tally_display, tally_delay_minutes)
				values (:campaign, :opens, :closes, :perDay, :perCategory, :perCandidate, :display, :delay)
				on conflict (campaign_id) do update set opens_at = excluded.opens_at, closes_at = excluded.closes_at,
				    per_day = excluded.per_day, per_category_per_day = excluded.per_category_per_day,
				    per_candidate_per_day = excluded.per_candidate_per_day, tally_display = excluded.tally_display,
				    tally_delay_minutes = excluded.tally_delay_minutes, version = vote_rules.version + 1
				""")
			.param("campaign", campaignId)
			.param("opens", timestamp(rules.opensAt()))
			.param("closes", timestamp(rules.closesAt()))
			.param("perDay", rules.perDay())
			.param("perCategory", rules.perCategoryPerDay())
			.param("perCandidate", rules.perCandidatePerDay())
			.param("display", rules.tallyDisplay().name())
			.param("delay", rules.tallyDelayMinutes())
			.update();
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
