package cn.laurel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holidays and make-up working days of 2004–2026 that ship with Laurel, converted once from the
 * MIT-licensed npm package chinese-days 1.5.7 ({@code dist/chinese-days.json}, licence next to the CSV) with
 * the short names 清明, 端午 and 中秋 written as the notices write them. Loaded into an empty calendar at
 * start-up, before the application takes requests, exactly once per database: the claim on
 * {@code calendar_state.dataset} makes concurrent nodes wait for the first, and later administrator edits are
 * never overwritten.
 */
@Component
class ChineseDaysDataset implements SmartInitializingSingleton {

	static final String RESOURCE = "calendar/chinese-days-2004-2026.csv";

	static final String NAME = "chinese-days 1.5.7";

	private static final Logger log = LoggerFactory.getLogger(ChineseDaysDataset.class);

	private final CalendarEntries entries;

	private final TransactionTemplate transaction;

	ChineseDaysDataset(CalendarEntries entries, TransactionTemplate transaction) {
		this.entries = entries;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult(status -> {
			if (this.entries.claimDataset(NAME)) {
				List<CalendarEntry> rows = read();
				this.entries.addAll(rows);
				log.info("Loaded {} holidays and make-up working days from {}", rows.size(), NAME);
			}
		});
	}

	/** The rows of the CSV ({@code date,kind,name} with a header line). */
	static List<CalendarEntry> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank()).map(ChineseDaysDataset::row).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CalendarEntry row(String line) {
		String[] fields = line.split(",", 3);
		return new CalendarEntry(LocalDate.parse(fields[0]), DayKind.valueOf(fields[1]), fields[2]);
	}

}
