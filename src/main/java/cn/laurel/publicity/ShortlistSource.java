package cn.laurel.publicity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the shortlist to publicise comes from: the ranking of the scoring module, implemented there. Publicity
 * asks once when the organiser publishes the first 公示, and again for a fill-in when an objection is upheld.
 */
public interface ShortlistSource {

	/** The shortlisted candidates of a campaign, ranked within each category. */
	List<ShortlistEntry> shortlist(long campaignId);

	/**
	 * The next-ranked candidate fitting the same quota, segment and allocation as the withdrawn one, not in
	 * {@code taken}.
	 */
	Optional<ShortlistEntry> nextFitting(long campaignId, long withdrawnNominationId, Set<Long> taken);

}
