package cn.laurel.event;

/** A 征求意见表 entry: received, given to an owner to answer, answered in writing. */
public enum OpinionStatus {

	RECEIVED, ASSIGNED, REPLIED;

	public String messageKey() {
		return "event.opinion.status." + name();
	}

}
