package cn.laurel.publicity;

/** Where an objection (异议) filed during 公示 stands. */
public enum ObjectionStatus {

	/** Filed by a named member of the public with a phone number; waits for the office to take it up. */
	RECEIVED,
	/** Not taken up (不予受理), with the reason written down. */
	DECLINED,
	/** Taken up (受理); waits to be assigned. */
	ACCEPTED,
	/** Assigned to 纪检监察 or an investigation group, due by a deadline in working days. */
	INVESTIGATING,
	/** Found to hold (成立): the candidate was withdrawn; the written reply is recorded. */
	UPHELD,
	/** Found not to hold (不成立); the written reply is recorded. */
	DISMISSED;

	public boolean isConcluded() {
		return this == DECLINED || this == UPHELD || this == DISMISSED;
	}

	public String messageKey() {
		return "objection-status." + name();
	}

}
