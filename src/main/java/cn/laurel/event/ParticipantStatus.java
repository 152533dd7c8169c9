package cn.laurel.event;

/**
 * Where a participant stands: invited by the office, applied by public sign-up, confirmed (an application approved
 * or an invitation accepted), or out (declined by the invitee, rejected by the office). Invited and confirmed people
 * hold a seat of their group's number; an application holds none until it is approved.
 */
public enum ParticipantStatus {

	INVITED, APPLIED, CONFIRMED, DECLINED, REJECTED;

	public boolean holdsSeat() {
		return this == INVITED || this == CONFIRMED;
	}

	public String messageKey() {
		return "event.participant.status." + name();
	}

}
