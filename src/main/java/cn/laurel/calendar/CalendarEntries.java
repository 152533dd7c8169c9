package cn.laurel.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored calendar ({@code calendar_day}) and its revision ({@code calendar_state}), with explicit SQL.
 * Every change goes through {@link #touch()} in the same transaction, so that nodes notice it.
 */
@Repository
public class CalendarEntries {

	private static final String COLUMNS = "id, day, kind, name";

	private final JdbcClient jdbc;

	CalendarEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored entry with its row id, by which the pages address it.
	 *
	 * @param id the row id
	 * @param entry the date, kind and name
	 */
	public record Stored(long id, CalendarEntry entry) {

	}

	/**
	 * How many entries a year holds.
	 *
	 * @param year the year
	 * @param entries its holidays and make-up working days
	 */
	public record YearSize(int year, int entries) {

	}

	long revision() {
		return this.jdbc.sql("select revision from calendar_state where id = 1").query(Long.class).single();
	}

	void touch() {
		this.jdbc.sql("update calendar_state set revision = revision + 1 where id = 1").update();
	}

	/** Takes the one-time load of a shipped dataset; false when some node already loaded one into this database. */
	boolean claimDataset(String dataset) {
		return this.jdbc.sql("update calendar_state set dataset = ? where id = 1 and dataset is null")
			.param(dataset)
			.update() == 1;
	}

	Optional<String> dataset() {
		return this.jdbc.sql("select dataset from calendar_state where id = 1").query(String.class).optional();
	}

	List<CalendarEntry> all() {
		return this.jdbc.sql("select " + COLUMNS + " from calendar_day")
			.query((rs, row) -> stored(rs).entry())
			.list();
	}

	List<Stored> inYear(int year) {
		return this.jdbc.sql("select " + COLUMNS + " from calendar_day where day between ? and ? order by day")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, row) -> stored(rs))
			.list();
	}

	List<YearSize> years() {
		return this.jdbc.sql("select extract(year from day)::int, count(*)::int from calendar_day group by 1 order by 1")
			.query((rs, row) -> new YearSize(rs.getInt(1), rs.getInt(2)))
			.list();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from calendar_day where id = ?")
			.param(id)
			.query((rs, row) -> stored(rs))
			.optional();
	}

	Optional<Stored> findByDate(LocalDate date) {
		return this.jdbc.sql("select " + COLUMNS + " from calendar_day where day = ?")
			.param(date)
			.query((rs, row) -> stored(rs))
			.optional();
	}

	long add(CalendarEntry entry) {
		touch();
		return this.jdbc.sql("insert into calendar_day (day, kind, name) values (?, ?, ?) returning id")
			.params(entry.date(), entry.kind().name(), entry.name())
			.query(Long.class)
			.single();
	}

	void change(long id, CalendarEntry entry) {
		touch();
		this.jdbc.sql("update calendar_day set day = ?, kind = ?, name = ? where id = ?")
			.params(entry.date(), entry.kind().name(), entry.name(), id)
			.update();
	}

	void remove(long id) {
		touch();
		this.jdbc.sql("delete from calendar_day where id = ?").param(id).update();
	}

	/** Adds many entries in one statement; a date already present keeps what it has. */
	void addAll(Collection<CalendarEntry> entries) {
		touch();
		this.jdbc.sql("""
				insert into calendar_day (day, kind, name)
				select * from unnest(?::date[], ?::varchar[], ?::varchar[])
				on conflict (day) do nothing""")
			.params(entries.stream().map(entry -> entry.date().toString()).toArray(String[]::new),
					entries.stream().map(entry -> entry.kind().name()).toArray(String[]::new),
					entries.stream().map(CalendarEntry::name).toArray(String[]::new))
			.update();
	}

	/** Removes a year's entries and the given dates, to make room for a notice's arrangement. */
	void removeYearAnd(int year, Collection<LocalDate> dates) {
		touch();
		this.jdbc.sql("delete from calendar_day where extract(year from day) = ? or day = any(?::date[])")
			.params(year, dates.stream().map(LocalDate::toString).toArray(String[]::new))
			.update();
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		return new Stored(rs.getLong("id"), new CalendarEntry(rs.getObject("day", LocalDate.class),
				DayKind.valueOf(rs.getString("kind")), rs.getString("name")));
	}

}
