package cn.laurel.scoring;

/** Where an invitation to a panel stands. */
public enum InvitationState {

	/** Waiting to be followed. */
	OPEN,
	/** Followed: the judge account exists. */
	USED,
	/** Not followed in time. */
	EXPIRED,
	/** Withdrawn by the organiser. */
	REVOKED;

	public String messageKey() {
		return "scoring.invitation-state." + name();
	}

}
