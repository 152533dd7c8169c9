package cn.laurel.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.laurel.calendar.WorkingDayCount;
import cn.laurel.calendar.WorkingDayEnd;
import cn.laurel.calendar.WorkingDays;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working-day arithmetic as JSON, open to everyone (the dates of a 公示 are public). An answer that reaches
 * a year without calendar data carries a warning per such year; bad parameters answer 400
 * ({@link WorkingDayApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/calendar/working-days")
class WorkingDayApi {

	private final WorkingDays workingDays;

	private final MessageSource messages;

	WorkingDayApi(WorkingDays workingDays, MessageSource messages) {
		this.workingDays = workingDays;
		this.messages = messages;
	}

	/**
	 * A year the computation reached without calendar data.
	 *
	 * @param code {@code year-without-data}
	 * @param year the year
	 * @param message what it means, in the caller's language
	 */
	record Warning(String code, int year, String message) {

	}

	record End(LocalDate start, int days, LocalDate end, List<Warning> warnings) {

	}

	record Count(LocalDate from, LocalDate to, int count, List<Warning> warnings) {

	}

	/** The last day of {@code days} working days from {@code start}, the start included if it is a working day. */
	@GetMapping("/end")
	End end(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start, @RequestParam int days,
			Locale locale) {
		WorkingDayEnd end = this.workingDays.end(start, days);
		return new End(end.start(), end.days(), end.end(), warnings(end.yearsWithoutData(), locale));
	}

	/** The working days from {@code from} to {@code to}, both included. */
	@GetMapping("/count")
	Count count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		WorkingDayCount count = this.workingDays.count(from, to);
		return new Count(count.from(), count.to(), count.count(), warnings(count.yearsWithoutData(), locale));
	}

	private List<Warning> warnings(List<Integer> years, Locale locale) {
		return years.stream()
			.map(year -> new Warning("year-without-data", year,
					this.messages.getMessage("calendar.warning.year-without-data", new Object[] { year }, locale)))
			.toList();
	}

}
