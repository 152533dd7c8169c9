package cn.laurel.voting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * Buckets in Redis ({@code LAUREL_REDIS_URL}), updated by compare-and-swap, so every node draws from
 * the same bucket. Keys expire once their bucket would be full again.
 */
class RedisBuckets implements RateLimits.Buckets, AutoCloseable {

	private static final String PREFIX = "laurel:rate:";

	private final RedisClient client;

	private final StatefulRedisConnection<byte[], byte[]> connection;

	private final ProxyManager<byte[]> buckets;

	RedisBuckets(String url) {
		this.client = RedisClient.create(url);
		this.connection = this.client.connect(ByteArrayCodec.INSTANCE);
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Override
	public ConsumptionProbe tryConsume(RateLimit limit, String subject, Bandwidth bandwidth) {
		return this.buckets
			.getProxy((PREFIX + limit.name() + ':' + subject).getBytes(StandardCharsets.UTF_8),
					() -> BucketConfiguration.builder().addLimit(bandwidth).build())
			.tryConsumeAndReturnRemaining(1);
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
