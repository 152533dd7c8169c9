package cn.laurel.campaign;

import java.util.List;

/**
 * An assertion over a campaign's live data (HotCRP-style), contributed as a bean by the module that owns the
 * data: "no more honoured than the quota", "stored votes equal the tallies". {@link CampaignInvariants} asks all of
 * them when the organiser checks the campaign, and tests ask after every transition.
 */
public interface CampaignInvariant {

	/** What is wrong with {@code campaign}'s data now; empty when everything holds. */
	List<InvariantViolation> check(Campaign campaign);

}
