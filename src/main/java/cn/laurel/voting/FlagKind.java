package cn.laurel.voting;

/** A suspicious pattern in stored votes, and which votes a flag of it covers when invalidated. */
public enum FlagKind {

	/** Many votes for one candidate within one minute; subject {@code candidateId@minute}. */
	BURST,
	/** Many voter keys from one IP address; subject the address. */
	SHARED_ADDRESS,
	/** Many voter keys from one /24 network; subject the network. */
	SHARED_NETWORK,
	/** Votes from one address at machine-regular intervals; subject the address. */
	REGULAR_INTERVALS,
	/** One browser fingerprint (user agent and language) across many voter keys; subject the hash. */
	SHARED_FINGERPRINT;

	public String messageKey() {
		return "voting.flag." + name();
	}

}
