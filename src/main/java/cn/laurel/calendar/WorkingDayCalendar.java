package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Working-day arithmetic on a set of calendar entries, without Spring or a database. A day is a working day
 * if it is a make-up working day, or a Monday to Friday that is not a holiday. A year counts as known when
 * at least one entry falls in it: every year of the statutory calendar has holidays, so a year without any
 * has simply not been entered, and computations that reach it say so.
 */
public final class WorkingDayCalendar {

	/** The longest period one computation counts, so that a request cannot keep a node busy. */
	static final int MAX_DAYS = 1000;

	/** The first year a computation may touch; far enough back for any record, near enough to stay quick. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2999;

	private static final LocalDate EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(LAST_YEAR, 12, 31);

	private final Map<LocalDate, DayKind> kinds = new HashMap<>();

	private final Set<Integer> knownYears = new HashSet<>();

	WorkingDayCalendar(Collection<CalendarEntry> entries) {
		for (CalendarEntry entry : entries) {
			this.kinds.put(entry.date(), entry.kind());
			this.knownYears.add(entry.date().getYear());
		}
	}

	boolean isWorkingDay(LocalDate date) {
		DayKind kind = this.kinds.get(date);
		return (kind != null) ? kind == DayKind.MAKEUP_WORKDAY : !CalendarEntry.isWeekend(date);
	}

	/**
	 * The last day of {@code days} working days from {@code start}: the start counts if it is a working day,
	 * otherwise counting begins at the next working day.
	 */
	WorkingDayEnd end(LocalDate start, int days) {
		checkInRange(start);
		if (days < 1 || days > MAX_DAYS) {
			throw new CalendarRefused(null, "calendar.days.out-of-range", MAX_DAYS);
		}
		LocalDate day = start;
		int counted = isWorkingDay(day) ? 1 : 0;
		while (counted < days) {
			day = day.plusDays(1);
			counted += isWorkingDay(day) ? 1 : 0;
		}
		return new WorkingDayEnd(start, days, day, yearsWithoutData(start, day));
	}

	/** The working days from {@code from} to {@code to}, both included. */
	WorkingDayCount count(LocalDate from, LocalDate to) {
		checkInRange(from);
		checkInRange(to);
		if (to.isBefore(from)) {
			throw new CalendarRefused(null, "calendar.range.reversed");
		}
		int count = (int) from.datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
		return new WorkingDayCount(from, to, count, yearsWithoutData(from, to));
	}

	private List<Integer> yearsWithoutData(LocalDate from, LocalDate to) {
		return IntStream.rangeClosed(from.getYear(), to.getYear())
			.filter(year -> !this.knownYears.contains(year))
			.boxed()
			.toList();
	}

	private static void checkInRange(LocalDate date) {
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new CalendarRefused(null, "calendar.date.out-of-range", FIRST_YEAR, LAST_YEAR);
		}
	}

}
