package cn.laurel.voting;

import java.time.Instant;

/** A set of votes the organiser invalidated, with the reason: shown on the fraud page, recorded in the audit trail. */
record Invalidation(long id, FlagKind kind, String subject, String reason, String invalidatedBy, Instant invalidatedAt,
		int votes) {
}
