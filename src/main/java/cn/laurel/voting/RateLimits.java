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
class RateLimits {

	/** Where buckets are kept. */
	interface Buckets {

		ConsumptionProbe tryConsume(String key, Bandwidth limit);

	}

	private final Buckets buckets;

	private final Map<RateLimit, Bandwidth> limits = new EnumMap<>(RateLimit.class);

	RateLimits(Buckets buckets, VotingProperties.Limits limits) {
		this.buckets = buckets;
		this.limits.put(RateLimit.VOTES_PER_ADDRESS, perPeriod(limits.votesPerAddressPerMinute(), Duration.ofMinutes(1)));
		this.limits.put(RateLimit.VOTES_PER_VOTER, perPeriod(limits.votesPerVoterPerMinute(), Duration.ofMinutes(1)));
		this.limits.put(RateLimit.VOTES_PER_DEVICE, perPeriod(limits.votesPerDevicePerMinute(), Duration.ofMinutes(1)));
		this.limits.put(RateLimit.CODES_PER_PHONE, perPeriod(limits.codesPerPhonePerHour(), Duration.ofHours(1)));
		this.limits.put(RateLimit.CODES_PER_ADDRESS, perPeriod(limits.codesPerAddressPerHour(), Duration.ofHours(1)));
		this.limits.put(RateLimit.CAPTCHAS_PER_ADDRESS,
				perPeriod(limits.captchasPerAddressPerHour(), Duration.ofHours(1)));
	}

	/** Takes one token for {@code subject}; empty if allowed, else how long until the next token. */
	Optional<Exceeded> take(RateLimit limit, String subject) {
		ConsumptionProbe probe = this.buckets.tryConsume(limit.name() + ':' + subject, this.limits.get(limit));
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(new Exceeded(limit, Duration.ofNanos(probe.getNanosToWaitForRefill())));
	}

	/** A refusal by a rate limit, with the time after which the caller may try again. */
	record Exceeded(RateLimit limit, Duration retryAfter) {

		long retryAfterSeconds() {
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

	private static Bandwidth perPeriod(int tokens, Duration period) {
		return Bandwidth.builder().capacity(tokens).refillGreedy(tokens, period).build();
	}

}
