package cn.laurel.award;

/**
 * How the deciding body fixed the list (审定): by the meeting's decision (会议研究决定), or by a recorded ballot
 * (投票表决) whose figures are kept with the decision.
 */
public enum DecisionMethod {

	MEETING, BALLOT;

	public String messageKey() {
		return "award.decision.method." + name();
	}

}
