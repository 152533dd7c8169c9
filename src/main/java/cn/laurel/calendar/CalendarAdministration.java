package cn.laurel.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to the statutory calendar: correct single entries and replace a year's
 * arrangement with the State Council's notice. Every change is published for the audit trail and moves the
 * calendar's revision, so that {@link WorkingDays} on every node reloads it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CalendarAdministration {

	private final CalendarEntries entries;

	private final ApplicationEventPublisher events;

	CalendarAdministration(CalendarEntries entries, ApplicationEventPublisher events) {
		this.entries = entries;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CalendarEntries.Stored> year(int year) {
		return this.entries.inYear(year);
	}

	@Transactional(readOnly = true)
	public List<CalendarEntries.YearSize> years() {
		return this.entries.years();
	}

	@Transactional(readOnly = true)
	public CalendarEntries.Stored entry(long id) {
		return this.entries.find(id).orElseThrow(() -> new CalendarNotFound(id));
	}

	/** The shipped dataset loaded into this database, for the credit on the page. */
	@Transactional(readOnly = true)
	public Optional<String> dataset() {
		return this.entries.dataset();
	}

	public long add(CalendarEntry entry) {
		check(entry, null);
		long id = this.entries.add(entry);
		this.events.publishEvent(new CalendarEvents.Added(id, CalendarEvents.Snapshot.of(entry)));
		return id;
	}

	public void change(long id, CalendarEntry entry) {
		CalendarEntry before = entry(id).entry();
		check(entry, id);
		this.entries.change(id, entry);
		this.events.publishEvent(
				new CalendarEvents.Changed(id, CalendarEvents.Snapshot.of(before), CalendarEvents.Snapshot.of(entry)));
	}

	/** Removes an entry and answers what it was. */
	public CalendarEntry remove(long id) {
		CalendarEntry before = entry(id).entry();
		this.entries.remove(id);
		this.events.publishEvent(new CalendarEvents.Removed(id, CalendarEvents.Snapshot.of(before)));
		return before;
	}

	/** The stored entries a notice's arrangement replaces: all of its year, and its dates in other years. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> replacedBy(NoticeReading reading) {
		List<CalendarEntry> replaced = new ArrayList<>(
				this.entries.inYear(reading.year()).stream().map(CalendarEntries.Stored::entry).toList());
		reading.entries()
			.stream()
			.filter(entry -> entry.date().getYear() != reading.year())
			.flatMap(entry -> this.entries.findByDate(entry.date()).stream())
			.forEach(stored -> replaced.add(stored.entry()));
		return replaced;
	}

	/** Replaces the year's arrangement with the notice's; only a notice read without a refused line is saved. */
	public void importNotice(NoticeReading reading) {
		if (!reading.complete()) {
			throw new IllegalArgumentException("A notice with refused lines or without entries is not saved");
		}
		List<CalendarEntry> before = replacedBy(reading);
		List<CalendarEntry> after = reading.entries();
		this.entries.removeYearAnd(reading.year(), after.stream().map(CalendarEntry::date).toList());
		this.entries.addAll(after);
		this.events.publishEvent(new CalendarEvents.NoticeImported(reading.year(), CalendarEvents.Snapshot.of(before),
				CalendarEvents.Snapshot.of(after)));
	}

	private void check(CalendarEntry entry, Long editedId) {
		Optional<CalendarEntries.Stored> sameDate = this.entries.findByDate(entry.date());
		if (sameDate.isPresent() && !Long.valueOf(sameDate.get().id()).equals(editedId)) {
			throw new CalendarRefused("date", "calendar.entry.date-taken");
		}
		entry.problem().ifPresent(key -> {
			throw new CalendarRefused("kind", key);
		});
	}

}
