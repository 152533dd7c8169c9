package cn.laurel.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.laurel.campaign.NomineeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaign's 公示 settings, rounds and publicised candidates, with explicit SQL. */
@Repository
public class PublicityRecords {

	private final JdbcClient jdbc;

	PublicityRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PublicitySettings settings(long campaignId) {
		return this.jdbc.sql("select fill_in, investigation_days from publicity_settings where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new PublicitySettings(rs.getBoolean("fill_in"), rs.getInt("investigation_days")))
			.optional()
			.orElseGet(PublicitySettings::defaults);
	}

	void saveSettings(long campaignId, PublicitySettings settings) {
		this.jdbc.sql("""
				insert into publicity_settings (campaign_id, fill_in, investigation_days) values (?, ?, ?)
				on conflict (campaign_id) do update set fill_in = excluded.fill_in,
				  investigation_days = excluded.investigation_days""")
			.params(campaignId, settings.fillIn(), settings.investigationDays())
			.update();
	}

	public List<PublicityRound> rounds(long campaignId) {
		return this.jdbc.sql("select * from publicity_round where campaign_id = ? order by round_no")
			.param(campaignId)
			.query((rs, row) -> new PublicityRound(rs.getLong("id"), rs.getLong("campaign_id"), rs.getInt("round_no"),
					rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
					rs.getInt("working_days")))
			.list();
	}

	void addRound(PublicityRound round, String publishedBy, Instant now) {
		this.jdbc.sql("""
				insert into publicity_round (campaign_id, round_no, starts_on, ends_on, working_days, published_by,
				  published_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(round.campaignId(), round.roundNo(), round.startsOn(), round.endsOn(), round.workingDays(),
					publishedBy, Timestamp.from(now))
			.update();
	}

	public List<PublicisedCandidate> candidates(long campaignId) {
		return this.jdbc.sql("""
				select * from publicity_entry where campaign_id = ?
				order by round_no, category_order, category_id, rank, nomination_id""")
			.param(campaignId)
			.query(PublicityRecords::candidate)
			.list();
	}

	void add(long campaignId, ShortlistEntry entry, int roundNo, Long fillsInFor) {
		this.jdbc.sql("""
				insert into publicity_entry (campaign_id, nomination_id, round_no, category_id, category_name,
				  category_order, rank, display_name, unit_name, deed_summary, segment, kind, fills_in_for)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, entry.nominationId(), roundNo, entry.categoryId(), entry.categoryName(),
					entry.categoryOrder(), entry.rank(), entry.displayName(), entry.unitName(),
					entry.deedSummary() == null ? "" : entry.deedSummary(), entry.segment(), entry.kind().name(),
					fillsInFor)
			.update();
	}

	void markWithdrawn(long campaignId, long nominationId, Instant now) {
		this.jdbc.sql("update publicity_entry set withdrawn_at = ? where campaign_id = ? and nomination_id = ?")
			.params(Timestamp.from(now), campaignId, nominationId)
			.update();
	}

	private static PublicisedCandidate candidate(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new PublicisedCandidate(
				new ShortlistEntry(rs.getLong("nomination_id"), rs.getLong("category_id"), rs.getString("category_name"),
						rs.getInt("category_order"), rs.getInt("rank"), rs.getString("display_name"),
						rs.getString("unit_name"), rs.getString("deed_summary"), rs.getString("segment"),
						NomineeKind.valueOf(rs.getString("kind"))),
				rs.getInt("round_no"), (Long) rs.getObject("fills_in_for"),
				withdrawn == null ? null : withdrawn.toInstant());
	}

}
