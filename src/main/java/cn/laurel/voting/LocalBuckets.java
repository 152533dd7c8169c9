package cn.laurel.voting;

import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.SynchronizationStrategy;

/**
 * Buckets in this node's memory (Caffeine): for one node, or when Redis is not configured. Each limit
 * has its own cache whose buckets are dropped once idle for the limit's period: a bucket refills within
 * its period, so by then it is full, as a new one would be. Votes' buckets thus live a minute, not the
 * hours an SMS code's do, however many voters a peak brings.
 */
class LocalBuckets implements RateLimits.Buckets {

	private final Map<RateLimit, Cache<String, Bucket>> buckets = new EnumMap<>(RateLimit.class);

	LocalBuckets() {
		for (RateLimit limit : RateLimit.values()) {
			this.buckets.put(limit, Caffeine.newBuilder()
				.maximumSize(2_000_000)
				.expireAfterAccess(limit.period())
				// clean-ups run on the calling thread rather than on a pool thread woken for each new voter
				.executor(Runnable::run)
				.build());
		}
	}

	@Override
	public ConsumptionProbe tryConsume(RateLimit limit, String subject, Bandwidth bandwidth) {
		return this.buckets.get(limit)
			.get(subject, key -> Bucket.builder()
				.addLimit(bandwidth)
				// takes a token in place: a lock-free bucket allocates its state anew for every token, and each
				// new state hung on a long-lived bucket is work for the garbage collector
				.withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
				.build())
			.tryConsumeAndReturnRemaining(1);
	}

}
