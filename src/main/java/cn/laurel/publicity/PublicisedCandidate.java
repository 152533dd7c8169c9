package cn.laurel.publicity;

import java.time.Instant;

/**
 * A candidate as publicised, kept as it was published whatever later happens to the ranking.
 *
 * @param roundNo the 公示 it is shown in; for a fill-in, the 二次公示 it awaits until that is published
 * @param fillsInFor the withdrawn candidate it replaces, or {@code null}
 * @param withdrawnAt when an upheld objection withdrew it, or {@code null}
 */
public record PublicisedCandidate(ShortlistEntry entry, int roundNo, Long fillsInFor, Instant withdrawnAt) {

	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

}
