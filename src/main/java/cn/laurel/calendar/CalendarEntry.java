package cn.laurel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One date of the statutory calendar: a holiday or a make-up working day, with the holiday it belongs to.
 *
 * @param date the date
 * @param kind day off or make-up working day
 * @param name the holiday as the State Council's notice names it, such as 春节 or 国庆节
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {

	/** The longest holiday name the table keeps. */
	public static final int NAME_MAX = 50;

	/** Why the entry cannot stand, as a message key: a make-up working day only ever replaces a weekend day. */
	Optional<String> problem() {
		return (this.kind == DayKind.MAKEUP_WORKDAY && !isWeekend(this.date))
				? Optional.of("calendar.entry.makeup-not-weekend") : Optional.empty();
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
