package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Working-day arithmetic on the shipped calendar, pinned to 2026's holidays and make-up working days. */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(ChineseDaysDataset.read());

	@ParameterizedTest(name = "{0} working days from {1} end on {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			1 | 2026-03-02 | 2026-03-02 | an ordinary Monday is its own first working day
			1 | 2026-03-07 | 2026-03-09 | from an ordinary Saturday counting begins on Monday
			3 | 2025-12-31 | 2026-01-05 | 元旦 is skipped and Sunday 4 January is worked
			3 | 2026-01-01 | 2026-01-06 | a start on 元旦 counts from the make-up Sunday after it
			3 | 2026-02-14 | 2026-02-25 | a start on the make-up Saturday before 春节 counts that Saturday
			5 | 2026-02-14 | 2026-02-27 | five days from that Saturday run through the week after 春节
			3 | 2026-02-16 | 2026-02-26 | a start inside 春节 counts from the first day after it
			4 | 2026-02-25 | 2026-02-28 | the make-up Saturday after 春节 is a working day
			2 | 2026-04-03 | 2026-04-07 | Monday 6 April is a day off for 清明节
			3 | 2026-04-30 | 2026-05-07 | 劳动节 is five days off
			2 | 2026-05-08 | 2026-05-09 | the make-up Saturday after 劳动节 is worked
			2 | 2026-06-18 | 2026-06-22 | Friday 19 June is a day off for 端午节
			3 | 2026-09-19 | 2026-09-22 | the make-up Sunday before 国庆节 is the first working day after a Saturday
			3 | 2026-09-24 | 2026-09-29 | three days from Thursday 24 September span 中秋节
			3 | 2026-09-25 | 2026-09-30 | a start on 中秋节 counts from the Monday after it
			3 | 2026-09-30 | 2026-10-09 | three days from 30 September span 国庆节
			5 | 2026-09-24 | 2026-10-08 | five days from Thursday 24 September span 中秋节 and 国庆节
			5 | 2026-09-25 | 2026-10-09 | five days from 中秋节 span 国庆节 too
			3 | 2026-10-01 | 2026-10-10 | a start on 国庆节 counts from 8 October, the make-up Saturday included
			3 | 2026-10-10 | 2026-10-13 | a start on the make-up Saturday after 国庆节 counts that Saturday
			""")
	void theEndOfAPeriodOfWorkingDays(int days, LocalDate start, LocalDate end, String why) {
		WorkingDayEnd result = this.calendar.end(start, days);

		assertThat(result.end()).as(why).isEqualTo(end);
		assertThat(result.yearsWithoutData()).isEmpty();
	}

	@ParameterizedTest(name = "{0} to {1}: {2} working days")
	@CsvSource(delimiter = '|', textBlock = """
			2026-01-01 | 2026-12-31 | 248
			2026-09-20 | 2026-10-10 | 11
			2026-10-01 | 2026-10-07 | 0
			2026-02-14 | 2026-02-14 | 1
			2026-02-15 | 2026-02-28 | 5
			2026-09-25 | 2026-09-25 | 0
			""")
	void theWorkingDaysBetweenTwoDatesBothIncluded(LocalDate from, LocalDate to, int count) {
		WorkingDayCount result = this.calendar.count(from, to);

		assertThat(result.count()).isEqualTo(count);
		assertThat(result.yearsWithoutData()).isEmpty();
	}

	@Test
	void aMakeUpWeekendDayIsAWorkingDayAndAWeekdayHolidayIsNot() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
	}

	@Test
	void aPeriodReachingAYearWithoutDataIsCountedMondayToFridayWithAWarning() {
		WorkingDayEnd result = this.calendar.end(LocalDate.of(2026, 12, 30), 5);

		assertThat(result.end()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(result.yearsWithoutData()).containsExactly(2027);
	}

	@Test
	void aCountReachingYearsWithoutDataNamesEachOfThem() {
		WorkingDayCount result = this.calendar.count(LocalDate.of(2003, 12, 1), LocalDate.of(2028, 1, 31));

		assertThat(result.yearsWithoutData()).containsExactly(2003, 2027, 2028);
	}

	@Test
	void aYearCountsAsKnownOnceItHasAnEntry() {
		WorkingDayCalendar oneHoliday = new WorkingDayCalendar(
				List.of(new CalendarEntry(LocalDate.of(2030, 1, 1), DayKind.HOLIDAY, "元旦")));

		assertThat(oneHoliday.end(LocalDate.of(2030, 1, 1), 1).end()).isEqualTo(LocalDate.of(2030, 1, 2));
		assertThat(oneHoliday.end(LocalDate.of(2030, 1, 1), 1).yearsWithoutData()).isEmpty();
	}

	@Test
	void aPeriodHasAtLeastOneAndAtMostAThousandWorkingDays() {
		assertThatExceptionOfType(CalendarRefused.class)
			.isThrownBy(() -> this.calendar.end(LocalDate.of(2026, 1, 5), 0))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("calendar.days.out-of-range"));
		assertThatExceptionOfType(CalendarRefused.class)
			.isThrownBy(() -> this.calendar.end(LocalDate.of(2026, 1, 5), WorkingDayCalendar.MAX_DAYS + 1));
		assertThat(this.calendar.end(LocalDate.of(2026, 1, 5), WorkingDayCalendar.MAX_DAYS).end()).isNotNull();
	}

	@Test
	void aCountThatEndsBeforeItStartsIsRefused() {
		assertThatExceptionOfType(CalendarRefused.class)
			.isThrownBy(() -> this.calendar.count(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("calendar.range.reversed"));
	}

	@Test
	void datesOutsideTheYears1900To2999AreRefused() {
		assertThatExceptionOfType(CalendarRefused.class)
			.isThrownBy(() -> this.calendar.end(LocalDate.of(1899, 12, 31), 1))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("calendar.date.out-of-range"));
		assertThatExceptionOfType(CalendarRefused.class)
			.isThrownBy(() -> this.calendar.count(LocalDate.of(2026, 1, 1), LocalDate.of(3000, 1, 1)));
	}

}
