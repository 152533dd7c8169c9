package cn.laurel.voting;

import java.util.List;

/** Rules (or an invalidation) the organiser asked for cannot work; each problem names its field. */
public class RulesRejected extends RuntimeException {

	private final List<VoteRules.Problem> problems;

	RulesRejected(List<VoteRules.Problem> problems) {
		super(problems.toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<VoteRules.Problem> problems() {
		return this.problems;
	}

}
