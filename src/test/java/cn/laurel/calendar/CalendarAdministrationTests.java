package cn.laurel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the calendar: single entries and the State Council's notice, each change audited and
 * seen at once by {@link WorkingDays}. Tests that change the calendar work in a far year no other test uses.
 */
@LaurelIntegrationTest
class CalendarAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserDetailsService userDetailsService;

	/** One administrator for the whole class; hashing a password per test would only slow the suite down. */
	private static String adminUsername;

	private UserDetails admin;

	@BeforeEach
	void signInAdministrator() {
		if (adminUsername == null) {
			adminUsername = new TestAccounts(this.accounts, this.units, this.passwords).create(Role.ADMIN, "日历管理员")
				.getUsername();
		}
		this.admin = this.userDetailsService.loadUserByUsername(adminUsername);
	}

	static Stream<Arguments> calendarPagesAndOtherRoles() {
		return Stream.of("/admin/calendar", "/admin/calendar/new", "/admin/calendar/1/edit", "/admin/calendar/1/delete",
				"/admin/calendar/import", "/admin/calendar/import/confirm")
			.flatMap(path -> Stream.of(Role.ORGANISER, Role.CLERK, Role.ENDORSER, Role.JUDGE)
				.flatMap(role -> Stream.of(Arguments.of(HttpMethod.GET, path, role),
						Arguments.of(HttpMethod.POST, path, role))));
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("calendarPagesAndOtherRoles")
	void everyCalendarPageIsForbiddenToOtherRoles(HttpMethod method, String path, Role role) throws Exception {
		this.mvc.perform(request(method, path).with(user("calendar-" + role).roles(role.name())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void visitorsWhoAreNotSignedInAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/calendar")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "ORGANISER")
	void theServiceRefusesNonAdministratorsEvenWithoutTheUrlRules() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.administration.year(2026));
	}

	@Test
	void anAdministratorSeesAYearWithItsWorkingDaysAndTheDatasetCredited() throws Exception {
		this.mvc.perform(get("/admin/calendar").param("year", "2026").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("entries", hasSize(39)))
			.andExpect(content().string(containsString("2026年共有 33 个放假日、6 个调休上班日，全年工作日 248 天。")))
			.andExpect(content().string(containsString("chinese-days 1.5.7")));
		this.mvc.perform(get("/admin/calendar/new").with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/calendar/import").with(user(this.admin))).andExpect(status().isOk());
	}

	@Test
	void aYearWithoutDataIsShownWithAWarning() throws Exception {
		int year = aYearWithoutData();

		this.mvc.perform(get("/admin/calendar").param("year", String.valueOf(year)).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(year + "年没有节假日数据")));
	}

	@Test
	void anEditedEntryChangesTheComputationAtOnceAndEveryChangeIsAudited() throws Exception {
		int year = aYearWithoutData();
		LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
		LocalDate saturday = monday.minusDays(2);
		assertThat(this.workingDays.isWorkingDay(monday)).isTrue();
		assertThat(this.workingDays.count(monday, monday).yearsWithoutData()).containsExactly(year);

		this.mvc.perform(asAdmin(post("/admin/calendar/new")).param("date", monday.toString())
			.param("kind", "HOLIDAY")
			.param("name", "测试假日"))
			.andExpect(redirectedUrl("/admin/calendar?year=" + year))
			.andExpect(flash().attribute("message", "calendar.entry.added"));
		long id = idOf(monday);
		assertThat(this.workingDays.isWorkingDay(monday)).isFalse();
		assertThat(this.workingDays.end(monday, 1).end()).isEqualTo(monday.plusDays(1));
		assertThat(this.workingDays.count(monday, monday).yearsWithoutData()).isEmpty();

		this.mvc.perform(asAdmin(post("/admin/calendar/{id}/edit", id)).param("date", saturday.toString())
			.param("kind", "MAKEUP_WORKDAY")
			.param("name", "测试调休"))
			.andExpect(redirectedUrl("/admin/calendar?year=" + year));
		assertThat(this.workingDays.isWorkingDay(monday)).isTrue();
		assertThat(this.workingDays.isWorkingDay(saturday)).isTrue();
		assertThat(this.workingDays.end(saturday, 2).end()).isEqualTo(monday);

		this.mvc.perform(asAdmin(post("/admin/calendar/{id}/delete", id)))
			.andExpect(redirectedUrl("/admin/calendar?year=" + year));
		assertThat(this.workingDays.isWorkingDay(saturday)).isFalse();

		assertThat(auditCount("calendar.day-added", "calendar-day", String.valueOf(id))).isEqualTo(1);
		assertThat(auditCount("calendar.day-changed", "calendar-day", String.valueOf(id))).isEqualTo(1);
		assertThat(auditCount("calendar.day-removed", "calendar-day", String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void aMakeUpWorkingDayOnAWeekdayIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		LocalDate monday = LocalDate.of(aYearWithoutData(), 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

		this.mvc.perform(asAdmin(post("/admin/calendar/new")).param("date", monday.toString())
			.param("kind", "MAKEUP_WORKDAY")
			.param("name", "周一调休"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("entryForm", "kind", "calendar.entry.makeup-not-weekend"))
			.andExpect(content().string(containsString("调休上班日只能是周六或周日。")))
			.andExpect(content().string(containsString("周一调休")));
		assertThat(this.workingDays.isWorkingDay(monday)).isTrue();
	}

	@Test
	void aDateThatAlreadyHasAnEntryIsRefused() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/calendar/new")).param("date", "2026-10-01")
			.param("kind", "HOLIDAY")
			.param("name", "国庆节"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("entryForm", "date", "calendar.entry.date-taken"));
	}

	@Test
	void aNoticeIsPreviewedThenSavedOnlyWhenConfirmed() throws Exception {
		int year = aYearWithoutData();
		LocalDate friday = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
		LocalDate worked = friday.plusDays(8);
		String notice = "国务院办公厅关于" + year + "年部分节假日安排的通知\n\n四、劳动节：5月" + friday.getDayOfMonth()
				+ "日（周五）至" + (friday.getDayOfMonth() + 2) + "日（周日）放假调休，共3天。5月" + worked.getDayOfMonth()
				+ "日（周六）上班。\n";

		this.mvc.perform(asAdmin(post("/admin/calendar/import")).param("text", notice))
			.andExpect(status().isOk())
			.andExpect(model().attribute("holidays", 3L))
			.andExpect(model().attribute("makeupDays", 1L))
			.andExpect(content().string(containsString("确认保存")));
		assertThat(this.workingDays.isWorkingDay(friday)).isTrue();

		this.mvc.perform(asAdmin(post("/admin/calendar/import/confirm")).param("year", String.valueOf(year))
			.param("text", notice))
			.andExpect(redirectedUrl("/admin/calendar?year=" + year))
			.andExpect(flash().attribute("message", "calendar.notice.imported"));
		assertThat(this.workingDays.isWorkingDay(friday)).isFalse();
		assertThat(this.workingDays.isWorkingDay(worked)).isTrue();
		assertThat(auditCount("calendar.notice-imported", "calendar-year", String.valueOf(year))).isEqualTo(1);
	}

	@Test
	void aNoticeWithAnUnreadableLineShowsTheReasonKeepsTheTextAndSavesNothing() throws Exception {
		int year = aYearWithoutData();
		String notice = year + "年放假安排\n一、元旦：1月1日至3日放假，共3天。\n二、春节：放假另行通知。\n三、清明节：4月4日至6日放假休息。\n";

		this.mvc.perform(asAdmin(post("/admin/calendar/import/confirm")).param("year", String.valueOf(year))
			.param("text", notice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法识别“4月4日至6日放假休息”")))
			.andExpect(content().string(containsString("二、春节：放假另行通知。")))
			.andExpect(content().string(containsString("有 1 行无法识别")))
			.andExpect(content().string(not(containsString("确认保存"))));
		assertThat(this.workingDays.count(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).yearsWithoutData())
			.containsExactly(year);
	}

	@Test
	void aNoticeThatDoesNotNameItsYearAsksForIt() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/calendar/import")).param("text", "元旦：1月1日至3日放假，共3天。"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("noticeForm", "year", "calendar.notice.year.unknown"))
			.andExpect(content().string(containsString("元旦：1月1日至3日放假，共3天。")));
	}

	@Test
	void the2026NoticePreviewsEveryDateOfTheStoredYear() throws Exception {
		this.mvc.perform(asAdmin(post("/admin/calendar/import")).param("text", Notices.of2026()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("holidays", 33L))
			.andExpect(model().attribute("makeupDays", 6L))
			.andExpect(model().attribute("replaced", 39))
			.andExpect(content().string(containsString("不是放假安排，未读取")));
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.admin)).with(csrf());
	}

	/** A year far ahead that holds no entry yet, so that a test may change it without disturbing the others. */
	private int aYearWithoutData() {
		while (true) {
			int year = 2100 + ThreadLocalRandom.current().nextInt(800);
			if (entriesIn(year) == 0) {
				return year;
			}
		}
	}

	private long entriesIn(int year) {
		return this.jdbc.sql("select count(*) from calendar_day where extract(year from day) = ?")
			.param(year)
			.query(Long.class)
			.single();
	}

	private long idOf(LocalDate date) {
		return this.jdbc.sql("select id from calendar_day where day = ?").param(date).query(Long.class).single();
	}

	private long auditCount(String action, String subjectType, String subjectId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ? and subject_type = ? and subject_id = ?")
			.params(action, subjectType, subjectId)
			.query(Long.class)
			.single();
	}

}
