package cn.laurel.event;

import cn.laurel.system.Refusal;

/** No such event, participant link or item, or not one the caller may see: answered 404 either way. */
public class EventNotFound extends Refusal {

	public EventNotFound(Object what) {
		super(Kind.NOT_FOUND, null, "event.not-found", what);
	}

}
