package cn.laurel.voting;

import java.util.Map;

import cn.laurel.scoring.OnlineVotes;

import org.springframework.stereotype.Component;

/** The valid online votes the scoring module turns into points (seed 000: 10% of the score). */
@Component
class ScoringVotes implements OnlineVotes {

	private final VoteTallies tallies;

	ScoringVotes(VoteTallies tallies) {
		this.tallies = tallies;
	}

	@Override
	public Map<Long, Long> validVotes(long campaignId) {
		return this.tallies.validVotes(campaignId);
	}

}
