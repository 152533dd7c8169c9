package cn.laurel.voting;

import java.time.Instant;

/**
 * One suspicious set of valid votes, as found by {@link FraudFlags}.
 *
 * @param subject what the set shares (see {@link FlagKind}); with the kind, it names the votes to invalidate
 * @param detail a figure the organiser judges by: the candidate of a burst, the mean interval in seconds
 */
record FraudFlag(FlagKind kind, String subject, long votes, long voters, Instant firstAt, Instant lastAt,
		String detail) {
}
