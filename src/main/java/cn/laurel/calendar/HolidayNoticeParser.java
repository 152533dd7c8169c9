package cn.laurel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the State Council's yearly holiday notice, pasted as text, into calendar entries: each line such as
 * "春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。" gives the holiday's
 * days off and its make-up working days. A line either is read completely or is reported with the reason, and
 * lines that announce nothing (title, addressees, closing words) are kept aside, so the reader sees where every
 * line went. Checks what the notice itself says twice: the weekday in brackets and the total of days off.
 * The wording it knows is in {@code calendar/holiday-notice-wording.txt}.
 */
public final class HolidayNoticeParser {

	/** Stands for one date in a clause once the dates are taken out; a private-use character no notice holds. */
	private static final String DATE_MARK = "\uE000";

	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Wording WORDING = Wording.load("calendar/holiday-notice-wording.txt");

	private HolidayNoticeParser() {
	}

	/** The year the notice is for, from its title or first sentence, if the text includes them. */
	public static OptionalInt yearOf(String text) {
		Matcher matcher = WORDING.year.matcher(SPACE.matcher(text).replaceAll(""));
		return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

	/** Every line of the text, numbered from 1, with what was read from it; dates without a year are in {@code year}. */
	public static NoticeReading read(String text, int year) {
		List<NoticeLine> lines = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		String[] rows = text.split("\\R", -1);
		for (int i = 0; i < rows.length; i++) {
			if (!rows[i].isBlank()) {
				NoticeLine line = readLine(i + 1, rows[i], year, seen);
				line.entries().forEach(entry -> seen.put(entry.date(), line.number()));
				lines.add(line);
			}
		}
		return new NoticeReading(year, lines);
	}

	private static NoticeLine readLine(int number, String text, int year, Map<LocalDate, Integer> seen) {
		String compact = SPACE.matcher(text).replaceAll("");
		if (!WORDING.arrangement.matcher(compact).find()) {
			return new NoticeLine(number, text, List.of(), null);
		}
		try {
			List<CalendarEntry> entries = new LineReader(year).read(compact);
			for (CalendarEntry entry : entries) {
				if (seen.containsKey(entry.date())) {
					throw new Unreadable("calendar.notice.date-repeated", date(entry.date()), seen.get(entry.date()));
				}
			}
			return new NoticeLine(number, text, entries, null);
		}
		catch (Unreadable unreadable) {
			return new NoticeLine(number, text, List.of(), unreadable.problem);
		}
	}

	/** Reads one line, keeping the date before as the context of a date that leaves out its year or month. */
	private static final class LineReader {

		private final int year;

		private final List<DateToken> tokens = new ArrayList<>();

		private int nextToken;

		private LocalDate previous;

		private final List<CalendarEntry> entries = new ArrayList<>();

		private int daysOff;

		LineReader(int year) {
			this.year = year;
		}

		List<CalendarEntry> read(String line) {
			String arrangement = WORDING.ordinal.matcher(line).replaceFirst("");
			String[] parts = WORDING.nameSeparator.split(arrangement, 2);
			if (parts.length < 2 || parts[0].isEmpty()) {
				throw new Unreadable("calendar.notice.no-name");
			}
			String name = parts[0];
			if (name.length() > CalendarEntry.NAME_MAX) {
				throw new Unreadable("calendar.notice.name-too-long", CalendarEntry.NAME_MAX);
			}
			for (String clause : WORDING.clauseSeparator.split(markDates(parts[1]))) {
				if (!clause.isEmpty()) {
					readClause(clause, name);
				}
			}
			return this.entries;
		}

		/** Takes the dates out of the text, leaving {@link #DATE_MARK} in their place. */
		private String markDates(String text) {
			Matcher matcher = WORDING.date.matcher(text);
			StringBuilder marked = new StringBuilder();
			while (matcher.find()) {
				this.tokens.add(new DateToken(matcher.group(), matcher.group(1), matcher.group(2), matcher.group(3),
						matcher.group(4)));
				matcher.appendReplacement(marked, DATE_MARK);
			}
			return matcher.appendTail(marked).toString();
		}

		private void readClause(String clause, String name) {
			Matcher dayOff = WORDING.dayOff.matcher(clause);
			Matcher total = WORDING.total.matcher(clause);
			if (dayOff.matches()) {
				LocalDate from = resolve(next(), null);
				LocalDate to = (marks(clause) == 1) ? from : rangeEnd(from);
				int days = (int) from.datesUntil(to.plusDays(1)).count();
				if (dayOff.group(1) != null && Integer.parseInt(dayOff.group(1)) != days) {
					throw new Unreadable("calendar.notice.total-mismatch", Integer.parseInt(dayOff.group(1)), days);
				}
				from.datesUntil(to.plusDays(1)).forEach(date -> add(new CalendarEntry(date, DayKind.HOLIDAY, name)));
				this.daysOff += days;
			}
			else if (total.matches()) {
				if (Integer.parseInt(total.group(1)) != this.daysOff) {
					throw new Unreadable("calendar.notice.total-mismatch", Integer.parseInt(total.group(1)),
							this.daysOff);
				}
			}
			else if (WORDING.worked.matcher(clause).matches()) {
				for (int i = 0; i < marks(clause); i++) {
					CalendarEntry entry = new CalendarEntry(resolve(next(), null), DayKind.MAKEUP_WORKDAY, name);
					if (entry.problem().isPresent()) {
						throw new Unreadable("calendar.notice.makeup-not-weekend", date(entry.date()));
					}
					add(entry);
				}
			}
			else if (!WORDING.remark.matcher(clause).matches()) {
				throw new Unreadable("calendar.notice.unrecognised", unmark(clause));
			}
		}

		private void add(CalendarEntry entry) {
			if (this.entries.stream().anyMatch(existing -> existing.date().equals(entry.date()))) {
				throw new Unreadable("calendar.notice.date-twice", date(entry.date()));
			}
			this.entries.add(entry);
		}

		private static long marks(String clause) {
			return clause.chars().filter(c -> c == DATE_MARK.charAt(0)).count();
		}

		private DateToken next() {
			return this.tokens.get(this.nextToken++);
		}

		private LocalDate rangeEnd(LocalDate from) {
			DateToken token = next();
			LocalDate to = resolve(token, from);
			if (!to.isAfter(from)) {
				throw new Unreadable("calendar.notice.range-reversed", token.text());
			}
			return to;
		}

		/**
		 * A date with the year and month it leaves out taken from the date before, or the notice's year; the end
		 * of a range whose month comes before the start's is in the following year (12月31日至1月2日).
		 */
		private LocalDate resolve(DateToken token, LocalDate rangeStart) {
			Integer month = (token.month() != null) ? Integer.valueOf(token.month())
					: (this.previous != null) ? this.previous.getMonthValue() : null;
			if (month == null) {
				throw new Unreadable("calendar.notice.month-missing", token.text());
			}
			int inYear = (token.year() != null) ? Integer.parseInt(token.year())
					: (token.month() == null) ? this.previous.getYear() : this.year;
			LocalDate date;
			try {
				date = LocalDate.of(inYear, month, Integer.parseInt(token.day()));
			}
			catch (DateTimeException ex) {
				throw new Unreadable("calendar.notice.no-such-date", token.text());
			}
			if (rangeStart != null && date.isBefore(rangeStart) && token.year() == null && token.month() != null) {
				date = date.plusYears(1);
			}
			checkWeekday(date, token);
			this.previous = date;
			return date;
		}

		private static void checkWeekday(LocalDate date, DateToken token) {
			Matcher weekday = (token.note() != null) ? WORDING.weekday.matcher(token.note()) : null;
			if (weekday != null && weekday.find()) {
				int stated = Math.min(WORDING.weekdayNames.indexOf(weekday.group(1)) + 1, DayOfWeek.SUNDAY.getValue());
				if (stated != date.getDayOfWeek().getValue()) {
					throw new Unreadable("calendar.notice.weekday-mismatch", date(date), weekday.group());
				}
			}
		}

		/** The clause as written, dates put back, for a message. */
		private String unmark(String clause) {
			int first = this.nextToken;
			StringBuilder text = new StringBuilder();
			int used = 0;
			for (char c : clause.toCharArray()) {
				if (c == DATE_MARK.charAt(0)) {
					text.append(this.tokens.get(first + used++).text());
				}
				else {
					text.append(c);
				}
			}
			return text.toString();
		}

	}

	/** For messages, which format dates by the reader's language ({@code {0,date,M月d日}}). */
	private static Date date(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * One date as written.
	 *
	 * @param text the whole date with its note
	 * @param year the year if written
	 * @param month the month if written
	 * @param day the day
	 * @param note what the brackets after it say, if any
	 */
	private record DateToken(String text, String year, String month, String day, String note) {

	}

	/** Why a line cannot be read; ends the reading of that line. */
	private static final class Unreadable extends RuntimeException {

		private final transient NoticeLine.Problem problem;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.problem = new NoticeLine.Problem(messageKey, List.of(arguments));
		}

	}

	/** The compiled wording of {@code calendar/holiday-notice-wording.txt}. */
	private record Wording(Pattern year, Pattern arrangement, Pattern ordinal, Pattern nameSeparator, Pattern date,
			Pattern clauseSeparator, Pattern dayOff, Pattern total, Pattern worked, Pattern remark, Pattern weekday,
			String weekdayNames) {

		static Wording load(String resource) {
			Map<String, String> lines;
			try (InputStream in = new ClassPathResource(resource).getInputStream();
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				lines = reader.lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(line -> line.split("=", 2))
					.collect(Collectors.toMap(pair -> pair[0].strip(), pair -> pair[1].strip()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Wording(compile(lines, "year"), compile(lines, "arrangement"), compile(lines, "ordinal"),
					compile(lines, "name-separator"), compile(lines, "date"), compile(lines, "clause-separator"),
					clause(lines, "day-off"), clause(lines, "total"), clause(lines, "worked"), compile(lines, "remark"),
					compile(lines, "weekday"), required(lines, "weekday-names"));
		}

		private static Pattern compile(Map<String, String> lines, String key) {
			return Pattern.compile(required(lines, key));
		}

		/** A clause pattern, where {@code D} marks a date. */
		private static Pattern clause(Map<String, String> lines, String key) {
			return Pattern.compile(required(lines, key).replace("D", DATE_MARK));
		}

		private static String required(Map<String, String> lines, String key) {
			return Optional.ofNullable(lines.get(key))
				.orElseThrow(() -> new IllegalStateException("No '" + key + "' in the holiday notice wording"));
		}

	}

}
