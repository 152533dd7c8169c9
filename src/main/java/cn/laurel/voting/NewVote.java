package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A vote admitted by the rules and waiting to be stored as the voter's {@code seq}-th of the day, with what
 * the fraud flags look at: the address, its /24 network, a hash of the browser's fingerprint headers and the
 * device cookie.
 */
record NewVote(long campaignId, byte[] voterKey, LocalDate day, long candidateId, long categoryId,
		int seq, Instant castAt, String ip, String ipNet, int agentHash, String deviceId) {

	/** The order of the dedup key: votes written in this order cannot deadlock between nodes. */
	static final Comparator<NewVote> KEY_ORDER = Comparator.comparingLong(NewVote::campaignId)
		.thenComparing(NewVote::voterKey, java.util.Arrays::compareUnsigned)
		.thenComparing(NewVote::day)
		.thenComparingInt(NewVote::seq);

}
