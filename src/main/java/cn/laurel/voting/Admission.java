package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;

/** What the rules say to one vote: admitted into free slots of the voter's day, or refused naming the rule. */
sealed interface Admission {

	/** The vote may be stored in these slots of {@code day}; the database keys refuse a slot taken meanwhile. */
	record Admitted(LocalDate day, Slots slots) implements Admission {
	}

	/**
	 * @param limit the number the rule allows, for the message; 0 for the window rules
	 * @param nextChance when the voter may vote again; {@code null} when never in this campaign
	 */
	record Refused(VoteRule rule, int limit, Instant nextChance) implements Admission {
	}

	/** The voter's n-th vote of the day, in the category and for the candidate, counting from 0. */
	record Slots(int day, int category, int candidate) {
	}

}
