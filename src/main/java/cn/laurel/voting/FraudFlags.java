package cn.laurel.voting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds suspicious patterns among a campaign's valid votes with plain SQL over what each vote
 * carries (address, /24, fingerprint hash, time), and names the votes a flag covers for invalidation.
 * Thresholds come from {@code laurel.voting.fraud.*}.
 */
@Component
class FraudFlags {

	private final JdbcClient jdbc;

	private final VotingProperties.Fraud thresholds;

	FraudFlags(JdbcClient jdbc, VotingProperties properties) {
		this.jdbc = jdbc;
		this.thresholds = properties.fraud();
	}

	List<FraudFlag> of(long campaignId) {
		List<FraudFlag> flags = new ArrayList<>();
		flags.addAll(this.jdbc.sql("""
				select candidate_id, date_trunc('minute', cast_at) as minute, count(*), count(distinct voter_key),
				       min(cast_at), max(cast_at)
				from vote where campaign_id = ? and invalidation_id is null
				group by candidate_id, minute having count(*) >= ? order by count(*) desc
				""")
			.params(campaignId, this.thresholds.burstVotesPerMinute())
			.query((rs, row) -> new FraudFlag(FlagKind.BURST,
					rs.getLong(1) + "@" + rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getLong(4),
					instant(rs, 5), instant(rs, 6), String.valueOf(rs.getLong(1))))
			.list());
		flags.addAll(shared(campaignId, FlagKind.SHARED_ADDRESS, "ip", this.thresholds.votersPerAddress()));
		flags.addAll(shared(campaignId, FlagKind.SHARED_NETWORK, "ip_net", this.thresholds.votersPerNetwork()));
		flags.addAll(this.jdbc.sql("""
				with gaps as (
				    select ip, cast_at, voter_key,
				           extract(epoch from cast_at - lag(cast_at) over (partition by ip order by cast_at)) as gap
				    from vote where campaign_id = ? and invalidation_id is null)
				select ip, count(*), count(distinct voter_key), min(cast_at), max(cast_at), avg(gap)
				from gaps group by ip
				having count(*) >= ? and avg(gap) > 0 and stddev_samp(gap) * 1000 <= ?
				order by count(*) desc
				""")
			.params(campaignId, this.thresholds.regularMinVotes(), this.thresholds.regularMaxJitterMillis())
			.query((rs, row) -> new FraudFlag(FlagKind.REGULAR_INTERVALS, rs.getString(1), rs.getLong(2),
					rs.getLong(3), instant(rs, 4), instant(rs, 5), String.format("%.2f", rs.getDouble(6))))
			.list());
		flags.addAll(shared(campaignId, FlagKind.SHARED_FINGERPRINT, "agent_hash",
				this.thresholds.votersPerFingerprint()));
		return flags;
	}

	/** Many voter keys sharing one value of {@code column}. */
	private List<FraudFlag> shared(long campaignId, FlagKind kind, String column, int minVoters) {
		return this.jdbc.sql("select " + column + "::text, count(*), count(distinct voter_key), min(cast_at), max(cast_at)"
				+ " from vote where campaign_id = ? and invalidation_id is null group by " + column
				+ " having count(distinct voter_key) >= ? order by count(distinct voter_key) desc")
			.params(campaignId, minVoters)
			.query((rs, row) -> new FraudFlag(kind, rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs, 4),
					instant(rs, 5), null))
			.list();
	}

	/** The SQL condition and its parameters that select the valid votes a flag covers. */
	static Selection covering(FlagKind kind, String subject) {
		return switch (kind) {
			case BURST -> {
				int at = subject.indexOf('@');
				Instant minute = Instant.parse(subject.substring(at + 1));
				yield new Selection("candidate_id = ? and cast_at >= ? and cast_at < ?",
						List.of(Long.parseLong(subject.substring(0, at)), Timestamp.from(minute),
								Timestamp.from(minute.plus(Duration.ofMinutes(1)))));
			}
			case SHARED_ADDRESS, REGULAR_INTERVALS -> new Selection("ip = ?", List.of(subject));
			case SHARED_NETWORK -> new Selection("ip_net = ?", List.of(subject));
			case SHARED_FINGERPRINT -> new Selection("agent_hash = ?", List.of(Integer.parseInt(subject)));
		};
	}

	record Selection(String condition, List<Object> parameters) {
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
