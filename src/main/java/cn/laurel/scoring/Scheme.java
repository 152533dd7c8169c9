package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a campaign's online votes become points and how equal composites are told apart.
 *
 * @param rankStep with {@link VotePoints#RANK_POINTS}, the points between one place and the next
 * @param tieBreaks component labels compared in turn when composites are equal (e.g. the
 * supervisors' panel, then the online vote); what is still equal goes to the leading group
 */
public record Scheme(VotePoints votePoints, BigDecimal rankStep, List<String> tieBreaks) {

	static final Scheme DEFAULT = new Scheme(VotePoints.SHARE_OF_TOP, BigDecimal.valueOf(5), List.of());

	public Scheme {
		tieBreaks = List.copyOf(tieBreaks);
	}

}
