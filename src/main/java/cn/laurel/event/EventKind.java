package cn.laurel.event;

/** What an event is: seed 004's 政务开放日, the 发布仪式 that ends a campaign (seeds 000–002), or another. */
public enum EventKind {

	OPEN_DAY, CEREMONY, OTHER;

	public String messageKey() {
		return "event.kind." + name();
	}

}
