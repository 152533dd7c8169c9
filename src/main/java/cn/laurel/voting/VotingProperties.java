package cn.laurel.voting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of public voting ({@code laurel.voting.*}); the defaults suit one campaign of a city.
 *
 * @param voterKeySecret the HMAC key voter keys are made with ({@code LAUREL_VOTER_KEY_SECRET});
 * empty means a secret generated once and kept in the database, for development only
 * @param redisUrl {@code LAUREL_REDIS_URL}; when set, rate limits are kept in Redis so they hold across nodes
 * @param voterTokenTtl how long a verified voter votes without verifying again
 */
@ConfigurationProperties("laurel.voting")
public record VotingProperties(String voterKeySecret, String redisUrl, @DefaultValue("7d") Duration voterTokenTtl,
		@DefaultValue Limits limits, @DefaultValue Sms sms, @DefaultValue Writer writer, @DefaultValue Fraud fraud) {

	/**
	 * Requests allowed per minute (votes) or per hour (SMS codes) before a caller has to wait.
	 * Addresses get more than one voter because a campus or an office shares one behind NAT.
	 */
	record Limits(@DefaultValue("300") int votesPerAddressPerMinute, @DefaultValue("20") int votesPerVoterPerMinute,
			@DefaultValue("20") int votesPerDevicePerMinute, @DefaultValue("5") int codesPerPhonePerHour,
			@DefaultValue("30") int codesPerAddressPerHour, @DefaultValue("60") int captchasPerAddressPerHour) {
	}

	/**
	 * @param http the HTTP gateway; when its URL is empty, codes are only written to the log
	 */
	record Sms(@DefaultValue("5m") Duration codeTtl, @DefaultValue("5") int maxAttempts, @DefaultValue Http http) {

		/**
		 * @param template the request body; {@code {phone}} and {@code {code}} are replaced
		 */
		record Http(String url, @DefaultValue("{\"phone\":\"{phone}\",\"code\":\"{code}\"}") String template,
				@DefaultValue("application/json") String contentType) {
		}

	}

	/**
	 * @param threads writers; one fills the next batch while another waits for its commit
	 * @param batchSize most votes in one commit
	 * @param queueCapacity votes waiting for a commit before new ones are turned away as busy
	 * @param ackTimeout how long a voter's request waits for the commit
	 * @param linger how long a writer holding a vote waits for more to join its commit: a commit costs the
	 * database far more than a vote in it, and a voter does not notice 2 ms. In the vote bench (96
	 * connections, one key per vote) 2 ms and 1 ms put 39 and 32 votes in a commit and cast 3% more votes
	 * than 0.3 ms (26 a commit); with three unique keys and 48 connections 0.3 ms had been best
	 */
	public record Writer(@DefaultValue("2") int threads, @DefaultValue("1000") int batchSize, @DefaultValue("50000") int queueCapacity,
			@DefaultValue("5s") Duration ackTimeout, @DefaultValue("2ms") Duration linger) {
	}

	/** Thresholds of the suspicious-pattern flags. */
	record Fraud(@DefaultValue("100") int burstVotesPerMinute, @DefaultValue("20") int votersPerAddress,
			@DefaultValue("50") int votersPerNetwork, @DefaultValue("10") int regularMinVotes,
			@DefaultValue("50") int regularMaxJitterMillis, @DefaultValue("200") int votersPerFingerprint) {
	}

}
