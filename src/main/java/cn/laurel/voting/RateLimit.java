package cn.laurel.voting;

/** A limit on how often one address, voter, device or phone may do something. */
public enum RateLimit {

	/** Votes from one IP address a minute. */
	VOTES_PER_ADDRESS,
	/** Votes by one voter a minute. */
	VOTES_PER_VOTER,
	/** Votes from one device (cookie) a minute. */
	VOTES_PER_DEVICE,
	/** SMS codes to one phone an hour. */
	CODES_PER_PHONE,
	/** SMS codes requested from one address an hour. */
	CODES_PER_ADDRESS,
	/** Captcha images for one address an hour. */
	CAPTCHAS_PER_ADDRESS;

	public String messageKey() {
		return "voting.limit." + name();
	}

}
