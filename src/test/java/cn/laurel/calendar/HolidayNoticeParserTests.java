package cn.laurel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.laurel.TestMessages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The State Council's holiday notice read line by line, as an administrator pastes it. */
class HolidayNoticeParserTests {

	private static final String NOTICE_2026 = Notices.of2026();

	@Test
	void theFull2026NoticeGivesExactlyTheShippedEntriesOf2026() {
		NoticeReading reading = HolidayNoticeParser.read(NOTICE_2026, 2026);

		List<CalendarEntry> shipped = ChineseDaysDataset.read()
			.stream()
			.filter(entry -> entry.date().getYear() == 2026)
			.toList();
		assertThat(reading.refused()).isEmpty();
		assertThat(reading.entries()).containsExactlyElementsOf(shipped);
		assertThat(reading.complete()).isTrue();
	}

	@Test
	void everyLineOfTheNoticeIsAccountedForReadOrSetAside() {
		NoticeReading reading = HolidayNoticeParser.read(NOTICE_2026, 2026);

		long nonBlank = NOTICE_2026.lines().filter(line -> !line.isBlank()).count();
		assertThat(reading.lines()).hasSize((int) nonBlank);
		assertThat(reading.lines()).filteredOn(NoticeLine::read)
			.extracting(NoticeLine::number)
			.containsExactly(5, 6, 7, 8, 9, 10, 11);
		assertThat(reading.lines()).filteredOn(line -> !line.read() && !line.refused())
			.extracting(NoticeLine::number)
			.containsExactly(1, 3, 4, 12, 14, 15);
	}

	@Test
	void theNoticeNamesItsYearInTheTitle() {
		assertThat(HolidayNoticeParser.yearOf(NOTICE_2026)).hasValue(2026);
		assertThat(HolidayNoticeParser.yearOf("春节：2月15日至23日放假调休，共9天。")).isEmpty();
	}

	@Test
	void halfWidthPunctuationAndTheOlderWeekdayWordingAreRead() {
		NoticeReading reading = HolidayNoticeParser.read("3. 清明节:4月4日(星期六)至6日(星期一)放假,共3天.", 2026);

		assertThat(reading.entries()).extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6));
		assertThat(reading.entries()).extracting(CalendarEntry::name).containsOnly("清明节");
	}

	@Test
	void aSingleDayOffWithoutMakeUpDaysIsRead() {
		NoticeReading reading = HolidayNoticeParser.read("一、元旦：1月1日（周三）放假1天，不调休。", 2025);

		assertThat(reading.entries())
			.containsExactly(new CalendarEntry(LocalDate.of(2025, 1, 1), DayKind.HOLIDAY, "元旦"));
	}

	@Test
	void aRangeMayCrossIntoTheNextMonth() {
		NoticeReading reading = HolidayNoticeParser.read("五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。", 2025);

		assertThat(reading.entries()).extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2));
	}

	@Test
	void twoHolidaysSharingTheirDaysOffKeepTheNameAsWritten() {
		NoticeReading reading = HolidayNoticeParser.read(
				"六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。", 2025);

		assertThat(reading.entries()).hasSize(10).extracting(CalendarEntry::name).containsOnly("国庆节、中秋节");
		assertThat(reading.entries()).filteredOn(entry -> entry.kind() == DayKind.MAKEUP_WORKDAY)
			.extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
	}

	@Test
	void datesInTheYearBeforeCarryTheirYearAndLaterDatesInheritIt() {
		NoticeReading reading = HolidayNoticeParser
			.read("一、元旦：2007年12月30日至2008年1月1日放假，共3天。2007年12月29日（星期六）上班。", 2008);

		assertThat(reading.entries()).containsExactlyElementsOf(ChineseDaysDataset.read()
			.stream()
			.filter(entry -> !entry.date().isBefore(LocalDate.of(2007, 12, 29))
					&& !entry.date().isAfter(LocalDate.of(2008, 1, 1)))
			.toList());
		assertThat(HolidayNoticeParser.read("元旦：1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。", 2012).entries())
			.extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2011, 12, 31), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 2),
					LocalDate.of(2012, 1, 3));
	}

	@Test
	void aListOfWorkedDaysMayLeaveOutTheMonthItShares() {
		NoticeReading reading = HolidayNoticeParser.read("春节：2月7日至13日放假调休，共7天。2月6日（星期六）、14日（星期日）上班。",
				2016);

		assertThat(reading.entries()).filteredOn(entry -> entry.kind() == DayKind.MAKEUP_WORKDAY)
			.extracting(CalendarEntry::date)
			.containsExactly(LocalDate.of(2016, 2, 6), LocalDate.of(2016, 2, 14));
	}

	@Test
	void aWeekdayThatDoesNotMatchTheDateRefusesTheLine() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("元旦：1月1日（周五）至3日（周六）放假调休，共3天。", 2026));

		assertThat(line.problem().messageKey()).isEqualTo("calendar.notice.weekday-mismatch");
		assertThat(line.entries()).isEmpty();
		assertThat(chinese(line)).isEqualTo("1月1日是星期四，与通知所写的“周五”不符。");
	}

	@Test
	void aTotalThatDoesNotMatchTheDatesRefusesTheLine() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("元旦：1月1日至3日放假调休，共4天。", 2026));

		assertThat(chinese(line)).isEqualTo("通知写共 4 天，但所列日期共 3 天。");
	}

	@Test
	void aClauseInAnUnknownWordingIsQuotedInTheReason() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("元旦：1月1日至3日放假调休，共3天。1月4日（周日）补班。", 2026));

		assertThat(line.problem().messageKey()).isEqualTo("calendar.notice.unrecognised");
		assertThat(chinese(line)).startsWith("无法识别“1月4日（周日）补班”");
	}

	@Test
	void aMakeUpWorkingDayOnAWeekdayRefusesTheLine() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("元旦：1月1日至3日放假调休，共3天。1月5日上班。", 2026));

		assertThat(chinese(line)).isEqualTo("1月5日是星期一，调休上班日只能是周六或周日。");
	}

	@Test
	void aLineWithoutTheHolidaysNameIsRefused() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("1月1日至3日放假调休，共3天。", 2026));

		assertThat(line.problem().messageKey()).isEqualTo("calendar.notice.no-name");
	}

	@Test
	void aHolidayWithDatesInAnUnknownWordingIsRefusedNotSetAside() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("三、清明节：4月4日至6日休息。", 2026));

		assertThat(chinese(line)).startsWith("无法识别“4月4日至6日休息”");
	}

	@Test
	void impossibleAndIncompleteDatesAreRefused() {
		assertThat(onlyLine(HolidayNoticeParser.read("春节：2月30日放假。", 2026)).problem().messageKey())
			.isEqualTo("calendar.notice.no-such-date");
		assertThat(onlyLine(HolidayNoticeParser.read("春节：15日至23日放假，2月14日上班。", 2026)).problem().messageKey())
			.isEqualTo("calendar.notice.month-missing");
		assertThat(onlyLine(HolidayNoticeParser.read("春节：2月23日至15日放假。", 2026)).problem().messageKey())
			.isEqualTo("calendar.notice.range-reversed");
	}

	@Test
	void aDateGivenByTwoLinesRefusesTheSecondNamingTheFirst() {
		NoticeReading reading = HolidayNoticeParser.read("""
				中秋节：9月25日至27日放假，共3天。
				国庆节：9月27日至10月7日放假，共11天。""", 2026);

		assertThat(reading.lines().get(0).read()).isTrue();
		assertThat(chinese(reading.lines().get(1))).isEqualTo("9月27日已在第 1 行出现。");
		assertThat(reading.complete()).isFalse();
	}

	@Test
	void aRefusedLineLeavesTheOthersReadButTheNoticeCannotBeSaved() {
		String text = NOTICE_2026.replace("4月4日（周六）至6日（周一）", "4月4日（周日）至6日（周一）");

		NoticeReading reading = HolidayNoticeParser.read(text, 2026);

		assertThat(reading.refused()).extracting(NoticeLine::number).containsExactly(7);
		assertThat(reading.entries()).hasSize(39 - 3);
		assertThat(reading.complete()).isFalse();
	}

	@Test
	void everyReasonReadsInEnglishToo() {
		NoticeLine line = onlyLine(HolidayNoticeParser.read("元旦：1月1日（周五）至3日（周六）放假调休，共3天。", 2026));

		assertThat(message(line, Locale.ENGLISH)).isEqualTo("January 1 is a Thursday, not \"周五\" as the notice says.");
	}

	private static NoticeLine onlyLine(NoticeReading reading) {
		assertThat(reading.lines()).hasSize(1);
		NoticeLine line = reading.lines().get(0);
		assertThat(line.refused()).as("refused: %s", line.text()).isTrue();
		return line;
	}

	private static String chinese(NoticeLine line) {
		return message(line, Locale.SIMPLIFIED_CHINESE);
	}

	private static String message(NoticeLine line, Locale locale) {
		return TestMessages.bundle("messages/calendar").getMessage(line.problem().messageKey(), line.problem().arguments().toArray(), locale);
	}

}
