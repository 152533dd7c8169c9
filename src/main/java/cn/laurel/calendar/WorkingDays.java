package cn.laurel.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Working days on China's statutory calendar, for every module that counts them (公示 periods, deadlines
 * of investigations). Answers from a calendar cached in memory and checks the stored revision on every call,
 * so that an administrator's edit on any node is seen at once by all of them.
 */
@Service
public class WorkingDays {

	private final CalendarEntries entries;

	private volatile Cached cached;

	WorkingDays(CalendarEntries entries) {
		this.entries = entries;
	}

	private record Cached(long revision, WorkingDayCalendar calendar) {

	}

	/**
	 * The last day of {@code days} working days from {@code start}: the start counts if it is a working day,
	 * otherwise counting begins at the next working day.
	 * @throws CalendarRefused for fewer than one or more than {@value WorkingDayCalendar#MAX_DAYS} days or a
	 * start outside the years 1900–2999
	 */
	public WorkingDayEnd end(LocalDate start, int days) {
		return calendar().end(start, days);
	}

	/**
	 * The working days from {@code from} to {@code to}, both included.
	 * @throws CalendarRefused when {@code to} is before {@code from} or either is outside the years 1900–2999
	 */
	public WorkingDayCount count(LocalDate from, LocalDate to) {
		return calendar().count(from, to);
	}

	/** Whether people work on this date: a make-up working day, or Monday to Friday and not a holiday. */
	public boolean isWorkingDay(LocalDate date) {
		return calendar().isWorkingDay(date);
	}

	/** The calendar as stored now; read again only when the revision moved since the last read. */
	private WorkingDayCalendar calendar() {
		long revision = this.entries.revision();
		Cached current = this.cached;
		if (current == null || current.revision() != revision) {
			current = new Cached(revision, new WorkingDayCalendar(this.entries.all()));
			this.cached = current;
		}
		return current.calendar();
	}

}
