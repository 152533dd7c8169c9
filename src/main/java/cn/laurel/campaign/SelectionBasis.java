package cn.laurel.campaign;

import java.util.Optional;

/**
 * What another module makes from a campaign's selection configuration (categories, quotas, segments,
 * allocations, weights and forms): the scoring module's shortlist, whether ranked from scores or chosen by the
 * office. While it stands the configuration is frozen, as a change would leave it contradicting the rules it was
 * made by; the organiser may re-open the configuration for a recorded reason, which discards it.
 */
public interface SelectionBasis {

	/** Why the configuration is frozen now; empty while nothing stands on it. */
	Optional<Violation> freezes(long campaignId);

	/** Discards what was made from the configuration, as the organiser re-opened it for {@code reason}. */
	void discard(long campaignId, String reason);

}
