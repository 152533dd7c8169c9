package cn.laurel.voting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/** Wires public voting from {@link VotingProperties}: the writer, the rate-limit backend, the SMS gateway. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VotingProperties.class)
class VotingConfiguration {

	@Bean
	VoteWriter voteWriter(VoteWriter.BatchStore store, VotingProperties properties) {
		VotingProperties.Writer writer = properties.writer();
		return new VoteWriter(store, writer.threads(), writer.batchSize(), writer.queueCapacity(), writer.linger());
	}

	/** In Redis when {@code LAUREL_REDIS_URL} is set, so limits hold across nodes; else in memory. */
	@Bean
	RateLimits.Buckets rateLimitBuckets(VotingProperties properties) {
		return StringUtils.hasText(properties.redisUrl()) ? new RedisBuckets(properties.redisUrl())
				: new LocalBuckets();
	}

	@Bean
	RateLimits rateLimits(RateLimits.Buckets buckets, VotingProperties properties) {
		return new RateLimits(buckets, properties.limits());
	}

	@Bean
	@ConditionalOnMissingBean
	SmsGateway smsGateway(VotingProperties properties) {
		VotingProperties.Sms.Http http = properties.sms().http();
		return StringUtils.hasText(http.url()) ? new HttpSmsGateway(RestClient.builder(), http)
				: new LoggingSmsGateway();
	}

}
