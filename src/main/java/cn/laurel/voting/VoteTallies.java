package cn.laurel.voting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Valid votes per candidate, for scoring: every committed vote that the organiser has not
 * invalidated. Read from the sharded counts that each commit and each invalidation keep in step
 * with the votes, so the figures are exact as of the last commit.
 */
@Service
public class VoteTallies {

	private final JdbcClient jdbc;

	VoteTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Candidate id to its number of valid votes; candidates without votes are absent. */
	public Map<Long, Long> validVotes(long campaignId) {
		Map<Long, Long> tallies = new LinkedHashMap<>();
		this.jdbc.sql("""
				select candidate_id, sum(votes) from vote_count where campaign_id = ?
				group by candidate_id having sum(votes) > 0 order by candidate_id
				""")
			.param(campaignId)
			.query(rs -> {
				tallies.put(rs.getLong(1), rs.getLong(2));
			});
		return tallies;
	}

}
