package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;

/** What the rules say to one vote: admitted as the voter's next vote of the day, or refused naming the rule. */
sealed interface Admission {

	/**
	 * The vote may be stored as the voter's {@code seq}-th vote of {@code day} (from 0); the database key
	 * refuses the number if another node took it meanwhile.
	 */
	record Admitted(LocalDate day, int seq) implements Admission {
	}

	/**
	 * @param limit the number the rule allows, for the message; 0 for the window rules
	 * @param nextChance when the voter may vote again; {@code null} when never in this campaign
	 */
	record Refused(VoteRule rule, int limit, Instant nextChance) implements Admission {
	}

}
