package cn.laurel.scoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Scoresheets, the judges' submissions and their declared recusals. */
@Repository
class Sheets {

	private static final TypeReference<List<BigDecimal>> POINTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Sheets(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Scoresheet> ofJudge(long panelId, long judgeId) {
		return this.jdbc.sql("select * from scoring_sheet where panel_id = ? and account_id = ? order by nomination_id")
			.params(panelId, judgeId)
			.query(this::map)
			.list();
	}

	/** Every sheet of the panel, drafts included, for the office's progress view. */
	List<Scoresheet> ofPanel(long panelId) {
		return this.jdbc.sql("select * from scoring_sheet where panel_id = ?").param(panelId).query(this::map).list();
	}

	Optional<Scoresheet> find(long panelId, long judgeId, long candidateId) {
		return this.jdbc.sql("select * from scoring_sheet where panel_id = ? and account_id = ? and nomination_id = ?")
			.params(panelId, judgeId, candidateId)
			.query(this::map)
			.optional();
	}

	boolean anyFor(long panelId) {
		return this.jdbc.sql("select exists (select 1 from scoring_sheet where panel_id = ?)")
			.param(panelId)
			.query(Boolean.class)
			.single();
	}

	void save(Scoresheet sheet) {
		this.jdbc.sql("""
				insert into scoring_sheet (panel_id, account_id, nomination_id, points, ballot, comment, updated_at)
				values (:panel, :judge, :candidate, :points::jsonb, :ballot, :comment, :at)
				on conflict (panel_id, account_id, nomination_id) do update set points = excluded.points,
				  ballot = excluded.ballot, comment = excluded.comment, updated_at = excluded.updated_at""")
			.param("panel", sheet.panelId())
			.param("judge", sheet.judgeId())
			.param("candidate", sheet.candidateId())
			.param("points", this.json.writeValueAsString(sheet.points()))
			.param("ballot", sheet.ballot() == null ? null : sheet.ballot().name())
			.param("comment", sheet.comment())
			.param("at", Timestamp.from(sheet.updatedAt()))
			.update();
	}

	void delete(long panelId, long judgeId, long candidateId) {
		this.jdbc.sql("delete from scoring_sheet where panel_id = ? and account_id = ? and nomination_id = ?")
			.params(panelId, judgeId, candidateId)
			.update();
	}

	/**
	 * The sheets that count: submitted by judges who still sit on a panel of the campaign. Recusals
	 * are applied by the caller.
	 */
	List<Scoresheet> submittedIn(long campaignId) {
		return this.jdbc.sql("""
				select s.* from scoring_sheet s
				join scoring_panel p on p.id = s.panel_id
				join scoring_submission u on u.panel_id = s.panel_id and u.account_id = s.account_id
				join scoring_member m on m.panel_id = s.panel_id and m.account_id = s.account_id
				where p.campaign_id = ?""")
			.param(campaignId)
			.query(this::map)
			.list();
	}

	Optional<Instant> submittedAt(long panelId, long judgeId) {
		return this.jdbc.sql("select submitted_at from scoring_submission where panel_id = ? and account_id = ?")
			.params(panelId, judgeId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** When each judge of the panel submitted, for those who did. */
	Map<Long, Instant> submissions(long panelId) {
		Map<Long, Instant> submissions = new HashMap<>();
		this.jdbc.sql("select account_id, submitted_at from scoring_submission where panel_id = ?")
			.param(panelId)
			.query((rs, row) -> submissions.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		return submissions;
	}

	void submit(long panelId, long judgeId, Instant now) {
		this.jdbc.sql("insert into scoring_submission (panel_id, account_id, submitted_at) values (?, ?, ?)")
			.params(panelId, judgeId, Timestamp.from(now))
			.update();
	}

	boolean withdrawSubmission(long panelId, long judgeId) {
		return this.jdbc.sql("delete from scoring_submission where panel_id = ? and account_id = ?")
			.params(panelId, judgeId)
			.update() == 1;
	}

	List<Declaration> declarationsIn(long campaignId) {
		return this.jdbc.sql("""
				select r.* from scoring_recusal r join scoring_panel p on p.id = r.panel_id
				where p.campaign_id = ? order by r.declared_at, r.nomination_id""")
			.param(campaignId)
			.query(Sheets::declaration)
			.list();
	}

	List<Declaration> declarationsOf(long panelId, long judgeId) {
		return this.jdbc.sql("select * from scoring_recusal where panel_id = ? and account_id = ?")
			.params(panelId, judgeId)
			.query(Sheets::declaration)
			.list();
	}

	boolean declare(Declaration declaration) {
		return this.jdbc.sql("""
				insert into scoring_recusal (panel_id, account_id, nomination_id, reason, note, declared_by,
				  declared_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(declaration.panelId(), declaration.judgeId(), declaration.candidateId(),
					declaration.reason().name(), declaration.note(), declaration.declaredBy(),
					Timestamp.from(declaration.declaredAt()))
			.update() == 1;
	}

	private Scoresheet map(ResultSet rs, int row) throws SQLException {
		String ballot = rs.getString("ballot");
		return new Scoresheet(rs.getLong("panel_id"), rs.getLong("account_id"), rs.getLong("nomination_id"),
				this.json.readValue(rs.getString("points"), POINTS), ballot == null ? null : Ballot.valueOf(ballot),
				rs.getString("comment"), rs.getTimestamp("updated_at").toInstant());
	}

	private static Declaration declaration(ResultSet rs, int row) throws SQLException {
		return new Declaration(rs.getLong("panel_id"), rs.getLong("account_id"), rs.getLong("nomination_id"),
				RecusalReason.valueOf(rs.getString("reason")), rs.getString("note"), rs.getString("declared_by"),
				rs.getTimestamp("declared_at").toInstant());
	}

}
