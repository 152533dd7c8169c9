package cn.laurel.event;

/**
 * An event's life: planned, open for invitations and sign-up, under way on the day (check-in, the 征求意见表 by QR
 * code), concluded (paper forms entered, replies written, the report made). {@link Event} moves it, one verb per
 * step.
 */
public enum EventStatus {

	PLANNING, OPEN, UNDER_WAY, CONCLUDED;

	public String messageKey() {
		return "event.status." + name();
	}

}
