package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The number of working days between two dates, both included.
 *
 * @param from the first date
 * @param to the last date
 * @param count the working days from {@code from} to {@code to}
 * @param yearsWithoutData years between them for which the calendar holds no holidays, so that there only
 * Monday to Friday counted and the count may be wrong; empty when the answer is certain
 */
public record WorkingDayCount(LocalDate from, LocalDate to, int count, List<Integer> yearsWithoutData) {

	public WorkingDayCount {
		yearsWithoutData = List.copyOf(yearsWithoutData);
	}

}
