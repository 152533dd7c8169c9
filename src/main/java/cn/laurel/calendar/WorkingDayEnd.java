package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day of a period of working days.
 *
 * @param start the day the period starts from
 * @param days its length in working days
 * @param end its last working day
 * @param yearsWithoutData years the period touches for which the calendar holds no holidays, so that there
 * only Monday to Friday counted and the end may be wrong; empty when the answer is certain
 */
public record WorkingDayEnd(LocalDate start, int days, LocalDate end, List<Integer> yearsWithoutData) {

	public WorkingDayEnd {
		yearsWithoutData = List.copyOf(yearsWithoutData);
	}

}
