package cn.laurel.voting;

import java.time.Duration;

/** A limit on how often one address, voter, device or phone may do something. */
public enum RateLimit {

	/** Votes from one IP address a minute. */
	VOTES_PER_ADDRESS(Duration.ofMinutes(1)),
	/** Votes by one voter a minute. */
	VOTES_PER_VOTER(Duration.ofMinutes(1)),
	/** Votes from one device (cookie) a minute. */
	VOTES_PER_DEVICE(Duration.ofMinutes(1)),
	/** SMS codes to one phone an hour. */
	CODES_PER_PHONE(Duration.ofHours(1)),
	/** SMS codes requested from one address an hour. */
	CODES_PER_ADDRESS(Duration.ofHours(1)),
	/** Captcha images for one address an hour. */
	CAPTCHAS_PER_ADDRESS(Duration.ofHours(1));

	private final Duration period;

	RateLimit(Duration period) {
		this.period = period;
	}

	/** The allowance is per this period, and refills within it. */
	Duration period() {
		return this.period;
	}

	public String messageKey() {
		return "voting.limit." + name();
	}

}
