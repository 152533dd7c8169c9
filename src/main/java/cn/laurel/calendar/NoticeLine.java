package cn.laurel.calendar;

import java.util.List;

/**
 * A line of a pasted holiday notice and what became of it: read into entries, refused with a reason, or set
 * aside as announcing nothing (the title, the addressees, the closing words).
 *
 * @param number the line's number in the pasted text, from 1
 * @param text the line as pasted
 * @param entries the days off and make-up working days it gives; empty if refused or set aside
 * @param problem why it could not be read, {@code null} if it could
 */
public record NoticeLine(int number, String text, List<CalendarEntry> entries, Problem problem) {

	public NoticeLine {
		entries = List.copyOf(entries);
	}

	public boolean read() {
		return !this.entries.isEmpty();
	}

	public boolean refused() {
		return this.problem != null;
	}

	/**
	 * Why a line could not be read.
	 *
	 * @param messageKey the reason's message key
	 * @param arguments its arguments (dates as {@link java.util.Date}, for the bundle to format)
	 */
	public record Problem(String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

}
