package cn.laurel.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.laurel.calendar.CalendarEntry;
import cn.laurel.calendar.DayKind;

import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator enters for one holiday or make-up working day. */
class EntryForm {

	@NotNull(message = "{calendar.entry.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{calendar.entry.kind.required}")
	private DayKind kind;

	@NotBlank(message = "{calendar.entry.name.required}")
	@Size(max = CalendarEntry.NAME_MAX, message = "{calendar.entry.name.too-long}")
	private String name;

	static EntryForm of(CalendarEntry entry) {
		EntryForm form = new EntryForm();
		form.setDate(entry.date());
		form.setKind(entry.kind());
		form.setName(entry.name());
		return form;
	}

	CalendarEntry asEntry() {
		return new CalendarEntry(this.date, this.kind, this.name);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public DayKind getKind() {
		return this.kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name.strip() : null;
	}

}
