package cn.laurel.voting;

/** What became of a vote. */
public sealed interface VoteResult {

	/** Committed; counted from now on. */
	record Accepted(PublicCandidate candidate) implements VoteResult {
	}

	/** A voting rule refused it. */
	record Refused(Admission.Refused refusal) implements VoteResult {
	}

	/** A rate limit refused it. */
	record Limited(RateLimits.Exceeded exceeded) implements VoteResult {
	}

	/** No such candidate on any public campaign. */
	record NoSuchCandidate() implements VoteResult {
	}

	/** Not confirmed as stored (queue full, database unavailable, or no commit in time): the voter should retry. */
	record Unavailable() implements VoteResult {
	}

}
