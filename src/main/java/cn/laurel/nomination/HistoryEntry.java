package cn.laurel.nomination;

import java.time.Instant;

/**
 * One line of a nomination's history as the clerk and the office see it: what happened, who did
 * it, and the reason or opinion given.
 */
public record HistoryEntry(Instant at, String actor, String action, NominationStatus from, NominationStatus to,
		String reason) {

	public String actionKey() {
		return "nomination.history." + this.action;
	}

}
