package cn.laurel.voting;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** Buckets in this node's memory (Caffeine): for one node, or when Redis is not configured. */
class LocalBuckets implements RateLimits.Buckets {

	/** Longer than the longest refill period, so an idle bucket is only dropped once it is full again. */
	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(2_000_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	@Override
	public ConsumptionProbe tryConsume(String key, Bandwidth limit) {
		return this.buckets.get(key, k -> Bucket.builder().addLimit(limit).build()).tryConsumeAndReturnRemaining(1);
	}

}
