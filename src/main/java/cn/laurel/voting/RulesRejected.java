package cn.laurel.voting;

import java.util.List;

/** Rules (or an invalidation) the organiser asked for cannot work; each problem names its field. */
class RulesRejected extends RuntimeException {

	private final List<VoteRules.Problem> problems;

	RulesRejected(List<VoteRules.Problem> problems) {
		super(problems.toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<VoteRules.Problem> problems() {
		return this.problems;
	}

}
