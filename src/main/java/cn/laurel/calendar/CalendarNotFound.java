package cn.laurel.calendar;

import cn.laurel.system.Refusal;

/** No calendar entry has the id asked for; perhaps another administrator removed it. */
class CalendarNotFound extends Refusal {

	CalendarNotFound(long id) {
		super(Kind.NOT_FOUND, null, "refusal.not-found", id);
	}

}
