package cn.laurel.calendar;

/** What the statutory calendar makes of a date that is not simply a weekday or a weekend day. */
public enum DayKind {

	/** 放假: a day off, whatever the day of the week. */
	HOLIDAY,

	/** 调休上班: a Saturday or Sunday worked in exchange for a day off next to a holiday. */
	MAKEUP_WORKDAY;

	public String messageKey() {
		return "calendar.kind." + name();
	}

}
