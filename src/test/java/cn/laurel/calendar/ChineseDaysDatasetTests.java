package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar shipped from chinese-days: every year from 2004 to 2026, and only dates that can be true. */
class ChineseDaysDatasetTests {

	private final List<CalendarEntry> entries = ChineseDaysDataset.read();

	@Test
	void everyYearFrom2004To2026HasHolidays() {
		assertThat(this.entries.stream().map(entry -> entry.date().getYear()).distinct().sorted())
			.containsExactlyElementsOf(IntStream.rangeClosed(2004, 2026).boxed().toList());
	}

	@Test
	void everyMakeUpWorkingDayIsASaturdayOrASunday() {
		assertThat(this.entries).allSatisfy(entry -> assertThat(entry.problem()).isEmpty());
	}

	@Test
	void everyDateAppearsOnceWithAName() {
		assertThat(this.entries.stream().map(CalendarEntry::date).distinct()).hasSize(this.entries.size());
		assertThat(this.entries).allSatisfy(entry -> assertThat(entry.name()).isNotBlank()
			.hasSizeLessThanOrEqualTo(CalendarEntry.NAME_MAX));
	}

	@Test
	void in2026ThereAre33DaysOffAndSixMakeUpWorkingDays() {
		List<CalendarEntry> year = this.entries.stream().filter(entry -> entry.date().getYear() == 2026).toList();

		assertThat(year).filteredOn(entry -> entry.kind() == DayKind.HOLIDAY).hasSize(33);
		assertThat(year).filteredOn(entry -> entry.kind() == DayKind.MAKEUP_WORKDAY)
			.extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
					LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
	}

}
