package cn.laurel.voting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts the public may see, as the campaign's tally display says: live (at most half a second old, so
 * that with the public pages' own half second a reader sees counts at most a second old), as they stood some
 * minutes ago, or none until voting has closed. Cached, so that a crowd reloading a page costs two queries a
 * second per campaign.
 */
@Component
public class PublicTallies {

	private final LoadingCache<Long, Map<Long, Long>> live;

	private final LoadingCache<Cutoff, Map<Long, Long>> delayed;

	PublicTallies(VoteTallies tallies, JdbcClient jdbc) {
		this.live = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMillis(500))
			.build(tallies::validVotes);
		this.delayed = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(2))
			.build(cutoff -> countedBefore(jdbc, cutoff));
	}

	/** Candidate id to count, or empty while counts are hidden (always before voting opens: all would be 0). */
	public Optional<Map<Long, Long>> shown(VotingCampaign campaign, Instant now) {
		VoteRules rules = campaign.rules();
		if (rules.hasNotOpened(now)) {
			return Optional.empty();
		}
		if (rules.hasClosed(now) || rules.tallyDisplay() == TallyDisplay.LIVE) {
			return Optional.of(this.live.get(campaign.id()));
		}
		if (rules.tallyDisplay() == TallyDisplay.DELAYED) {
			Instant cutoff = now.minus(Duration.ofMinutes(rules.tallyDelayMinutes())).truncatedTo(ChronoUnit.MINUTES);
			return Optional.of(this.delayed.get(new Cutoff(campaign.id(), cutoff)));
		}
		return Optional.empty();
	}

	private static Map<Long, Long> countedBefore(JdbcClient jdbc, Cutoff cutoff) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("""
				select candidate_id, count(*) from vote
				where campaign_id = ? and cast_at < ? and invalidation_id is null group by candidate_id
				""")
			.params(cutoff.campaignId(), Timestamp.from(cutoff.at()))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	private record Cutoff(long campaignId, Instant at) {
	}

}
