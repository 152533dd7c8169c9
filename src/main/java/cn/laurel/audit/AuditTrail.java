package cn.laurel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only trail. Entries are chained by SHA-256 over their predecessor's hash, and the
 * appends are serialised by an advisory lock so the chain never forks under concurrent writers.
 */
@Repository
class AuditTrail {

	private static final long CHAIN_LOCK = 0x4c41555245_4cL; // "LAUREL"

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void append(String actor, String action, String subjectType, String subjectId, Long campaignId, String before,
			String after, String reason) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		String prevHash = this.jdbc.sql("select hash from audit_entry order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(AuditEntry.GENESIS);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditEntry.chain(prevHash, now, actor, action, subjectType, subjectId, campaignId, before, after,
				reason);
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, campaign_id,
				                         before_state, after_state, reason, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?)""")
			.params(Timestamp.from(now), actor, action, subjectType, subjectId, campaignId, before, after, reason,
					prevHash, hash)
			.update();
	}

	/**
	 * Entries matching the query, newest first; one more than a page, so the caller knows whether
	 * another page follows. The action filter is a literal prefix ({@code _} and {@code %} match
	 * themselves). {@code visibleCampaigns} limits the result to those campaigns; {@code null}
	 * means everything (administrators).
	 */
	List<AuditEntry> search(AuditQuery query, Set<Long> visibleCampaigns, ZoneId zone) {
		if (visibleCampaigns != null && visibleCampaigns.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select * from audit_entry where true");
		List<Object> params = new ArrayList<>();
		if (visibleCampaigns != null) {
			sql.append(" and campaign_id = any(?)");
			params.add(visibleCampaigns.toArray(Long[]::new));
		}
		if (query.campaignId() != null) {
			sql.append(" and campaign_id = ?");
			params.add(query.campaignId());
		}
		if (query.actor() != null) {
			sql.append(" and actor = ?");
			params.add(query.actor());
		}
		if (query.action() != null) {
			sql.append(" and action like ?");
			params.add(query.action().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (query.subjectType() != null) {
			sql.append(" and subject_type = ?");
			params.add(query.subjectType());
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		sql.append(" order by id desc limit ? offset ?");
		params.add(AuditQuery.PAGE_SIZE + 1);
		params.add(query.page() * AuditQuery.PAGE_SIZE);
		return this.jdbc.sql(sql.toString()).params(params).query(AuditTrail::map).list();
	}

	/** The first entry whose hash or link no longer matches, if the trail was tampered with. */
	Optional<AuditEntry> firstBrokenEntry() {
		String[] expectedPrev = { AuditEntry.GENESIS };
		AuditEntry[] broken = { null };
		this.jdbc.sql("select * from audit_entry order by id").query(rs -> {
			if (broken[0] != null) {
				return;
			}
			AuditEntry entry = map(rs, 0);
			if (!entry.prevHash().equals(expectedPrev[0]) || !entry.isIntact()) {
				broken[0] = entry;
			}
			expectedPrev[0] = entry.hash();
		});
		return Optional.ofNullable(broken[0]);
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getObject("campaign_id", Long.class), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
