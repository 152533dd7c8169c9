package cn.laurel.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, found by the hash of their token; claiming one is a single guarded update. */
@Repository
class Invitations {

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long panelId, String tokenHash, String invitee, Long unitId, Instant expiresAt, String createdBy,
			Instant now) {
		return this.jdbc.sql("""
				insert into scoring_invitation (panel_id, token_hash, invitee, unit_id, expires_at, created_by,
				  created_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(panelId, tokenHash, invitee, unitId, Timestamp.from(expiresAt), createdBy, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	List<Invitation> ofPanel(long panelId) {
		return this.jdbc.sql("select * from scoring_invitation where panel_id = ? order by created_at desc, id desc")
			.param(panelId)
			.query(Invitations::map)
			.list();
	}

	Optional<Invitation> byTokenHash(String tokenHash) {
		return this.jdbc.sql("select * from scoring_invitation where token_hash = ?")
			.param(tokenHash)
			.query(Invitations::map)
			.optional();
	}

	/**
	 * Marks the invitation used by {@code accountId} if it still is open at {@code now}; of two people
	 * following the same link at once only one succeeds.
	 */
	boolean claim(long id, long accountId, Instant now) {
		return this.jdbc.sql("""
				update scoring_invitation set used_at = :now, account_id = :account
				where id = :id and used_at is null and revoked_at is null and expires_at > :now""")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("id", id)
			.update() == 1;
	}

	boolean revoke(long panelId, long id, Instant now) {
		return this.jdbc.sql("""
				update scoring_invitation set revoked_at = ?
				where id = ? and panel_id = ? and used_at is null and revoked_at is null""")
			.params(Timestamp.from(now), id, panelId)
			.update() == 1;
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getLong("id"), rs.getLong("panel_id"), rs.getString("invitee"),
				(Long) rs.getObject("unit_id"), instant(rs.getTimestamp("expires_at")), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("used_at")),
				(Long) rs.getObject("account_id"), instant(rs.getTimestamp("revoked_at")));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
