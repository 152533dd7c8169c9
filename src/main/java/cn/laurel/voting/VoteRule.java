package cn.laurel.voting;

/** The rule a refused vote broke; each names itself to the voter with the time they may vote again. */
public enum VoteRule {

	/** Voting has not opened yet; the voter may vote from the opening. */
	WINDOW_NOT_OPEN,
	/** Voting has closed (or was never scheduled); there is no next chance. */
	WINDOW_CLOSED,
	/** The voter used all votes of the day across the campaign. */
	PER_DAY,
	/** The voter used all votes of the day in the candidate's category. */
	PER_CATEGORY,
	/** The voter used all votes of the day for this candidate. */
	PER_CANDIDATE;

	public String messageKey() {
		return "voting.rule." + name();
	}

}
