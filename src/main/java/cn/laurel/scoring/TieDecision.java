package cn.laurel.scoring;

import java.time.Instant;
import java.util.List;

/** The leading group's order for candidates tied in a category, recorded by the office with its reason. */
public record TieDecision(long id, long categoryId, List<Long> order, String reason, String decidedBy, Instant decidedAt) {

	public TieDecision {
		order = List.copyOf(order);
	}

}
