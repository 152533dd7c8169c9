package cn.laurel.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariant;
import cn.laurel.campaign.InvariantViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored votes hold: each candidate's valid votes number what its tally shards say (every commit and every
 * invalidation keeps both in step), and no valid vote was cast outside the voting window.
 */
@Component
class VoteInvariants implements CampaignInvariant {

	private final JdbcClient jdbc;

	private final VotingCampaigns campaigns;

	private final VoteMessages messages;

	VoteInvariants(JdbcClient jdbc, VotingCampaigns campaigns, VoteMessages messages) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@Override
	public List<InvariantViolation> check(Campaign campaign) {
		List<InvariantViolation> violations = new ArrayList<>();
		this.jdbc.sql("""
				select candidate_id, coalesce(v.stored, 0), coalesce(c.counted, 0)
				from (select candidate_id, count(*) as stored from vote
				      where campaign_id = :campaign and invalidation_id is null group by candidate_id) v
				full join (select candidate_id, sum(votes) as counted from vote_count
				           where campaign_id = :campaign group by candidate_id) c using (candidate_id)
				where coalesce(v.stored, 0) <> coalesce(c.counted, 0)
				order by candidate_id""")
			.param("campaign", campaign.getId())
			.query((rs, row) -> InvariantViolation.of("voting.invariant.tally-mismatch", "nomination", rs.getLong(1),
					String.valueOf(rs.getLong(1)), rs.getLong(2), rs.getLong(3)))
			.list()
			.forEach(violations::add);
		VoteRules rules = this.campaigns.rulesOf(campaign);
		// without a whole window no vote could be admitted: then every vote lies outside it
		boolean windowSet = rules.opensAt() != null && rules.closesAt() != null;
		Instant opens = windowSet ? rules.opensAt() : Instant.EPOCH;
		Instant closes = windowSet ? rules.closesAt() : Instant.EPOCH;
		this.jdbc.sql("""
				select candidate_id, count(*), min(cast_at) from vote
				where campaign_id = :campaign and invalidation_id is null and (cast_at < :opens or cast_at >= :closes)
				group by candidate_id order by candidate_id""")
			.param("campaign", campaign.getId())
			.param("opens", Timestamp.from(opens))
			.param("closes", Timestamp.from(closes))
			.query((rs, row) -> InvariantViolation.of("voting.invariant.outside-window", "nomination", rs.getLong(1),
					String.valueOf(rs.getLong(1)), rs.getLong(2),
					this.messages.exactTime(rs.getTimestamp(3).toInstant())))
			.list()
			.forEach(violations::add);
		return violations;
	}

}
