package cn.laurel.scoring;

import java.util.Map;

/**
 * The online vote as scoring reads it: the voting module provides the bean. Without one, every
 * candidate has no votes and the vote component gives nobody points.
 */
public interface OnlineVotes {

	/** Valid votes per candidate (nomination id) of the campaign; a candidate left out has none. */
	Map<Long, Long> validVotes(long campaignId);

}
