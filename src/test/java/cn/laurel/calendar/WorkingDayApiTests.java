package cn.laurel.calendar;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The working-day API, open to everyone, on the calendar loaded into PostgreSQL at start-up. */
@LaurelIntegrationTest
class WorkingDayApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneMayAskForTheEndOfAPeriodSpanningMidAutumnAndNationalDay() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24").param("days", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.end").value("2026-10-08"))
			.andExpect(jsonPath("$.start").value("2026-09-24"))
			.andExpect(jsonPath("$.days").value(5))
			.andExpect(jsonPath("$.warnings", empty()));
	}

	@Test
	void aStartOnAHolidayCountsFromTheNextWorkingDay() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-10-01").param("days", "3"))
			.andExpect(jsonPath("$.end").value("2026-10-10"));
	}

	@Test
	void anyoneMayCountTheWorkingDaysBetweenTwoDates() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-09-20").param("to", "2026-10-10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(11))
			.andExpect(jsonPath("$.warnings", empty()));
	}

	@Test
	void aPeriodReachingAYearWithoutDataCarriesAWarning() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2003-12-30").param("days", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.end").value("2004-01-02"))
			.andExpect(jsonPath("$.warnings[0].code").value("year-without-data"))
			.andExpect(jsonPath("$.warnings[0].year").value(2003))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("2003年没有节假日数据")));
	}

	@Test
	void aMissingParameterIsRefusedInChinese() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"))
			.andExpect(jsonPath("$.errors[0].message").value("缺少参数 days。"));
	}

	@Test
	void aMalformedDateOrNumberIsRefusedInChinese() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-13-01").param("days", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("须为“年-月-日”格式的日期")));
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24").param("days", "five"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("参数 days 须为整数。"));
	}

	@Test
	void aPeriodWithoutDaysOrARangeBackwardsIsRefusedInChinese() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24").param("days", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("工作日天数须在 1 至 1000 之间。"));
		this.mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-10-10").param("to", "2026-09-20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("截止日期不能早于起始日期。"));
	}

	@Test
	void theAnswerIsInEnglishWhenAskedFor() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days/end").param("start", "2026-09-24").param("days", "0")
			.param("lang", "en"))
			.andExpect(jsonPath("$.errors[0].message").value("The number of working days must be between 1 and 1000."));
	}

}
