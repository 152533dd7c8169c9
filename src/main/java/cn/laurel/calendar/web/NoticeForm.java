package cn.laurel.calendar.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.laurel.calendar.WorkingDayCalendar;

/**
 * The State Council's holiday notice as an administrator pastes it, with the year it is for when the pasted
 * text leaves out the title that names it.
 */
class NoticeForm {

	/** Many times a real notice (about 1,000 characters), still small enough to read at once. */
	static final int TEXT_MAX = 20_000;

	@Min(value = WorkingDayCalendar.FIRST_YEAR, message = "{calendar.notice.year.range}")
	@Max(value = WorkingDayCalendar.LAST_YEAR, message = "{calendar.notice.year.range}")
	private Integer year;

	@NotBlank(message = "{calendar.notice.text.required}")
	@Size(max = TEXT_MAX, message = "{calendar.notice.text.too-long}")
	private String text;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
