package cn.laurel.voting;

import java.util.List;

import cn.laurel.system.Refusal;

/**
 * Rules (or an invalidation) the organiser asked for cannot work, each problem naming its field; or a voter's proof
 * of identity (captcha, phone, code) did not hold.
 */
public class VotingRefused extends Refusal {

	VotingRefused(List<VoteRules.Problem> problems) {
		super(Kind.REJECTED, problems.stream().map(problem -> Reason.of(problem.field(), problem.messageKey())).toList());
	}

	public VotingRefused(String messageKey, Object... arguments) {
		super(Kind.REJECTED, null, messageKey, arguments);
	}

}
