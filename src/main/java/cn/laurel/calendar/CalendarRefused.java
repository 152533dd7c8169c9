package cn.laurel.calendar;

import cn.laurel.system.Refusal;

/**
 * The calendar refused: an entry broke a rule that needs the stored calendar or the day of the week (its date
 * already has an entry, a make-up working day falls on a weekday), or a working-day computation was asked with
 * arguments it cannot answer (no days, a range that ends before it starts, a date far outside any calendar).
 */
public class CalendarRefused extends Refusal {

	CalendarRefused(String field, String messageKey, Object... arguments) {
		super(Kind.REJECTED, field, messageKey, arguments);
	}

}
