package cn.laurel.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import cn.laurel.calendar.CalendarAdministration;
import cn.laurel.calendar.CalendarEntries;
import cn.laurel.calendar.CalendarEntry;
import cn.laurel.calendar.CalendarRefused;
import cn.laurel.calendar.DayKind;
import cn.laurel.calendar.HolidayNoticeParser;
import cn.laurel.calendar.NoticeLine;
import cn.laurel.calendar.NoticeReading;
import cn.laurel.calendar.WorkingDayCalendar;
import cn.laurel.calendar.WorkingDays;
import cn.laurel.system.RefusalForms;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statutory calendar for administrators: a year's holidays and make-up working days, single entries
 * added, corrected and removed, and the State Council's notice pasted, previewed and then saved.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

	private static final String FORM = "calendar/form";

	private static final String IMPORT = "calendar/import";

	private static final String REDIRECT_TO_YEAR = "redirect:/admin/calendar?year=";

	private final CalendarAdministration calendar;

	private final WorkingDays workingDays;

	private final MessageSource messages;

	private final Clock clock;

	private final RefusalForms refusals;

	CalendarPages(CalendarAdministration calendar, WorkingDays workingDays, MessageSource messages, Clock clock, RefusalForms refusals) {
		this.refusals = refusals;
		this.calendar = calendar;
		this.workingDays = workingDays;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * How a line of the pasted notice fared, for the preview.
	 *
	 * @param number its number in the pasted text
	 * @param text the line as pasted
	 * @param outcome {@code read}, {@code refused} or {@code aside}
	 * @param message why it was refused, in the reader's language
	 * @param entries how many entries it gave
	 */
	record LineView(int number, String text, String outcome, String message, int entries) {

	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year >= WorkingDayCalendar.FIRST_YEAR && year <= WorkingDayCalendar.LAST_YEAR)
				? year : LocalDate.now(this.clock).getYear();
		List<CalendarEntries.Stored> entries = this.calendar.year(shown);
		model.addAttribute("year", shown);
		model.addAttribute("entries", entries);
		addKindCounts(entries.stream().map(CalendarEntries.Stored::entry).toList(), model);
		model.addAttribute("workingDays",
				this.workingDays.count(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)).count());
		model.addAttribute("years", this.calendar.years());
		model.addAttribute("dataset", this.calendar.dataset().orElse(null));
		return "calendar/year";
	}

	@GetMapping("/new")
	String creationForm(Model model) {
		model.addAttribute("entryForm", new EntryForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid EntryForm entryForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return save(entryForm, result, null, this.calendar::add, "calendar.entry.added", model, redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("entryForm", EntryForm.of(this.calendar.entry(id).entry()));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid EntryForm entryForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(entryForm, result, id, entry -> this.calendar.change(id, entry), "calendar.entry.changed", model,
				redirect);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		CalendarEntry removed = this.calendar.remove(id);
		redirect.addFlashAttribute("message", "calendar.entry.removed");
		return REDIRECT_TO_YEAR + removed.date().getYear();
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("noticeForm", new NoticeForm());
		return IMPORT;
	}

	/** Reads the pasted notice and shows what it gives, line by line, without saving anything. */
	@PostMapping("/import")
	String preview(@Valid NoticeForm noticeForm, BindingResult result, Model model, Locale locale) {
		read(noticeForm, result).ifPresent(reading -> show(reading, model, locale));
		return IMPORT;
	}

	/** Reads the previewed notice again and saves it, unless a line is refused. */
	@PostMapping("/import/confirm")
	String confirm(@Valid NoticeForm noticeForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Optional<NoticeReading> reading = read(noticeForm, result);
		if (reading.isPresent() && reading.get().complete()) {
			this.calendar.importNotice(reading.get());
			redirect.addFlashAttribute("message", "calendar.notice.imported");
			return REDIRECT_TO_YEAR + reading.get().year();
		}
		reading.ifPresent(read -> show(read, model, locale));
		return IMPORT;
	}

	/** The notice read for the year given, or named in the text; empty when the form itself is refused. */
	private Optional<NoticeReading> read(NoticeForm form, BindingResult result) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		OptionalInt year = (form.getYear() != null) ? OptionalInt.of(form.getYear())
				: HolidayNoticeParser.yearOf(form.getText());
		if (year.isEmpty()) {
			result.rejectValue("year", "calendar.notice.year.unknown");
			return Optional.empty();
		}
		if (year.getAsInt() < WorkingDayCalendar.FIRST_YEAR || year.getAsInt() > WorkingDayCalendar.LAST_YEAR) {
			result.rejectValue("year", "calendar.notice.year.range");
			return Optional.empty();
		}
		form.setYear(year.getAsInt());
		return Optional.of(HolidayNoticeParser.read(form.getText(), year.getAsInt()));
	}

	private void show(NoticeReading reading, Model model, Locale locale) {
		model.addAttribute("previewYear", reading.year());
		model.addAttribute("previewEntries", reading.entries());
		model.addAttribute("refusedLines", reading.refused().size());
		model.addAttribute("complete", reading.complete());
		addKindCounts(reading.entries(), model);
		model.addAttribute("lines", reading.lines().stream().map(line -> view(line, locale)).toList());
		model.addAttribute("replaced", this.calendar.replacedBy(reading).size());
	}

	private LineView view(NoticeLine line, Locale locale) {
		String outcome = line.refused() ? "refused" : line.read() ? "read" : "aside";
		String message = line.refused() ? this.messages.getMessage(line.problem().messageKey(),
				line.problem().arguments().toArray(), locale) : null;
		return new LineView(line.number(), line.text(), outcome, message, line.entries().size());
	}

	private static void addKindCounts(List<CalendarEntry> entries, Model model) {
		model.addAttribute("holidays", entries.stream().filter(entry -> entry.kind() == DayKind.HOLIDAY).count());
		model.addAttribute("makeupDays",
				entries.stream().filter(entry -> entry.kind() == DayKind.MAKEUP_WORKDAY).count());
	}

	/** Saves a valid entry and shows its year, or shows the form again with the reasons next to the fields. */
	private String save(EntryForm entryForm, BindingResult result, Long editedId, Consumer<CalendarEntry> save,
			String message, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				save.accept(entryForm.asEntry());
				redirect.addFlashAttribute("message", message);
				return REDIRECT_TO_YEAR + entryForm.getDate().getYear();
			}
			catch (CalendarRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		return form(model, editedId);
	}

	private String form(Model model, Long editedId) {
		model.addAttribute("editedId", editedId);
		model.addAttribute("kinds", DayKind.values());
		return FORM;
	}

}
