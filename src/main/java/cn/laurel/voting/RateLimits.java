package cn.laurel.voting;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) per address, voter, device and phone. Where the buckets live is the
 * {@link Buckets} backend's business: in this node's memory, or in Redis so that limits hold across nodes.
 */
public class RateLimits {

	/** Where buckets are kept. */
	interface Buckets {

		/** Takes a token from {@code subject}'s bucket for {@code limit}, which allows {@code bandwidth}. */
		ConsumptionProbe tryConsume(RateLimit limit, String subject, Bandwidth bandwidth);

	}

	private final Buckets buckets;

	private final Map<RateLimit, Bandwidth> limits = new EnumMap<>(RateLimit.class);

	RateLimits(Buckets buckets, VotingProperties.Limits limits) {
		this.buckets = buckets;
		allow(RateLimit.VOTES_PER_ADDRESS, limits.votesPerAddressPerMinute());
		allow(RateLimit.VOTES_PER_VOTER, limits.votesPerVoterPerMinute());
		allow(RateLimit.VOTES_PER_DEVICE, limits.votesPerDevicePerMinute());
		allow(RateLimit.CODES_PER_PHONE, limits.codesPerPhonePerHour());
		allow(RateLimit.CODES_PER_ADDRESS, limits.codesPerAddressPerHour());
		allow(RateLimit.CAPTCHAS_PER_ADDRESS, limits.captchasPerAddressPerHour());
	}

	/** Takes one token for {@code subject}; empty if allowed, else how long until the next token. */
	public Optional<Exceeded> take(RateLimit limit, String subject) {
		ConsumptionProbe probe = this.buckets.tryConsume(limit, subject, this.limits.get(limit));
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(new Exceeded(limit, Duration.ofNanos(probe.getNanosToWaitForRefill())));
	}

	/** A refusal by a rate limit, with the time after which the caller may try again. */
	public record Exceeded(RateLimit limit, Duration retryAfter) {

		public long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

	}

	/** Takes one token from each limit in turn; the first empty bucket refuses. */
	Optional<Exceeded> takeEach(Map<RateLimit, String> subjects) {
		for (Map.Entry<RateLimit, String> subject : subjects.entrySet()) {
			Optional<Exceeded> exceeded = take(subject.getKey(), subject.getValue());
			if (exceeded.isPresent()) {
				return exceeded;
			}
		}
		return Optional.empty();
	}

	private void allow(RateLimit limit, int tokens) {
		this.limits.put(limit, Bandwidth.builder().capacity(tokens).refillGreedy(tokens, limit.period()).build());
	}

}
