package cn.laurel.calendar;

import java.util.Comparator;
import java.util.List;

/**
 * What was read from a pasted holiday notice, line by line.
 *
 * @param year the year the notice is for
 * @param lines every line that was not blank, in order
 */
public record NoticeReading(int year, List<NoticeLine> lines) {

	public NoticeReading {
		lines = List.copyOf(lines);
	}

	/** The entries of every line read, by date. */
	public List<CalendarEntry> entries() {
		return this.lines.stream()
			.flatMap(line -> line.entries().stream())
			.sorted(Comparator.comparing(CalendarEntry::date))
			.toList();
	}

	public List<NoticeLine> refused() {
		return this.lines.stream().filter(NoticeLine::refused).toList();
	}

	/** Whether the entries may be saved: something was read and no line was refused. */
	public boolean complete() {
		return !entries().isEmpty() && refused().isEmpty();
	}

}
