package cn.laurel.voting;

import java.net.Socket;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Each rate limit lets its allowance through and then refuses, saying when to try again. */
class RateLimitsTests {

	private static final VotingProperties.Limits TWO_EACH = new VotingProperties.Limits(2, 2, 2, 2, 2, 2);

	private final RateLimits limits = new RateLimits(new LocalBuckets(), TWO_EACH);

	@ParameterizedTest
	@EnumSource(RateLimit.class)
	void aLimitRefusesTheRequestAfterItsAllowanceAndNamesTheWait(RateLimit limit) {
		assertThat(this.limits.take(limit, "subject")).isEmpty();
		assertThat(this.limits.take(limit, "subject")).isEmpty();

		RateLimits.Exceeded exceeded = this.limits.take(limit, "subject").orElseThrow();
		assertThat(exceeded.limit()).isEqualTo(limit);
		assertThat(exceeded.retryAfterSeconds()).isBetween(1L, 3600L);
	}

	@Test
	void eachAddressVoterAndDeviceHasABucketOfItsOwn() {
		this.limits.take(RateLimit.VOTES_PER_ADDRESS, "203.0.113.7");
		this.limits.take(RateLimit.VOTES_PER_ADDRESS, "203.0.113.7");

		assertThat(this.limits.take(RateLimit.VOTES_PER_ADDRESS, "203.0.113.8")).isEmpty();
		assertThat(this.limits.take(RateLimit.VOTES_PER_VOTER, "203.0.113.7")).isEmpty();
	}

	@Test
	void aVoteIsRefusedByTheFirstLimitThatIsExhausted() {
		Map<RateLimit, String> subjects = new LinkedHashMap<>();
		subjects.put(RateLimit.VOTES_PER_ADDRESS, "198.51.100.1");
		subjects.put(RateLimit.VOTES_PER_DEVICE, "device-1");
		subjects.put(RateLimit.VOTES_PER_VOTER, "voter-1");
		this.limits.take(RateLimit.VOTES_PER_DEVICE, "device-1");
		this.limits.take(RateLimit.VOTES_PER_DEVICE, "device-1");

		assertThat(this.limits.takeEach(subjects)).map(RateLimits.Exceeded::limit).contains(RateLimit.VOTES_PER_DEVICE);
	}

	@Test
	void limitsKeptInRedisHoldAcrossNodes() {
		assumeTrue(redisAnswers(), "no Redis on 127.0.0.1:6379");
		String subject = "test-" + UUID.randomUUID();
		try (RedisBuckets first = new RedisBuckets("redis://127.0.0.1:6379");
				RedisBuckets second = new RedisBuckets("redis://127.0.0.1:6379")) {
			RateLimits nodeA = new RateLimits(first, TWO_EACH);
			RateLimits nodeB = new RateLimits(second, TWO_EACH);
			for (RateLimit limit : EnumSet.allOf(RateLimit.class)) {
				assertThat(nodeA.take(limit, subject)).isEmpty();
				assertThat(nodeB.take(limit, subject)).isEmpty();
				assertThat(nodeA.take(limit, subject)).map(RateLimits.Exceeded::limit).contains(limit);
			}
		}
	}

	private static boolean redisAnswers() {
		try (Socket socket = new Socket("127.0.0.1", 6379)) {
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
