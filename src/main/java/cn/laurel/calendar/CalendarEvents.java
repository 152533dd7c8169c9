package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.audit.AuditableEvent;

/** Changes to the statutory calendar that the audit trail records, each with the state before and after. */
final class CalendarEvents {

	private CalendarEvents() {
	}

	/**
	 * What the audit trail keeps of an entry.
	 *
	 * @param date the date
	 * @param kind day off or make-up working day
	 * @param name the holiday
	 */
	record Snapshot(LocalDate date, DayKind kind, String name) {

		static Snapshot of(CalendarEntry entry) {
			return new Snapshot(entry.date(), entry.kind(), entry.name());
		}

		static List<Snapshot> of(List<CalendarEntry> entries) {
			return entries.stream().map(Snapshot::of).toList();
		}

	}

	/** A change to one entry; the subject of its audit entry is the entry's row. */
	sealed interface EntryChange extends AuditableEvent permits Added, Changed, Removed {

		long entryId();

		@Override
		default String subjectType() {
			return "calendar-day";
		}

		@Override
		default String subjectId() {
			return String.valueOf(entryId());
		}

	}

	/** An administrator added a holiday or make-up working day. */
	record Added(long entryId, Snapshot after) implements EntryChange {

		@Override
		public String action() {
			return "calendar.day-added";
		}

	}

	/** An administrator corrected an entry's date, kind or name. */
	record Changed(long entryId, Snapshot before, Snapshot after) implements EntryChange {

		@Override
		public String action() {
			return "calendar.day-changed";
		}

	}

	/** An administrator removed an entry; the date is an ordinary day again. */
	record Removed(long entryId, Snapshot before) implements EntryChange {

		@Override
		public String action() {
			return "calendar.day-removed";
		}

	}

	/**
	 * A year's arrangement was replaced by what an administrator read from the State Council's notice.
	 *
	 * @param year the notice's year, the subject of the audit entry
	 * @param before the entries replaced
	 * @param after the entries read from the notice
	 */
	record NoticeImported(int year, List<Snapshot> before, List<Snapshot> after) implements AuditableEvent {

		@Override
		public String action() {
			return "calendar.notice-imported";
		}

		@Override
		public String subjectType() {
			return "calendar-year";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.year);
		}

	}

}
