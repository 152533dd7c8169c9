package cn.laurel.event.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rows of a table form (groups, agenda, run of show), posted as parallel fields of the same name, one value a
 * row; a row left wholly empty (the spare one at the end) is skipped.
 */
final class Rows {

	private final MultiValueMap<String, String> form;

	private final int count;

	Rows(MultiValueMap<String, String> form, String... fields) {
		this.form = form;
		int most = 0;
		for (String field : fields) {
			most = Math.max(most, values(field).size());
		}
		this.count = most;
	}

	/** Each row that has something in {@code fields}, made by {@code row}. */
	<T> List<T> map(List<String> fields, Function<Row, T> row) {
		List<T> rows = new ArrayList<>();
		for (int i = 0; i < this.count; i++) {
			Row r = new Row(i);
			if (fields.stream().anyMatch(field -> !r.text(field).isEmpty())) {
				rows.add(row.apply(r));
			}
		}
		return rows;
	}

	private List<String> values(String field) {
		List<String> values = this.form.get(field);
		return values == null ? List.of() : values;
	}

	/** One row's values. */
	final class Row {

		private final int index;

		private Row(int index) {
			this.index = index;
		}

		String text(String field) {
			List<String> values = values(field);
			return this.index < values.size() && values.get(this.index) != null ? values.get(this.index).strip() : "";
		}

		Long id(String field) {
			String text = text(field);
			return text.isEmpty() ? null : Long.valueOf(text);
		}

		int number(String field) {
			try {
				return Integer.parseInt(text(field));
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

		LocalTime time(String field) {
			String text = text(field);
			try {
				return text.isEmpty() ? null : LocalTime.parse(text);
			}
			catch (RuntimeException ex) {
				// the form's time inputs send hh:mm, so anything else is a hand-made request
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, text);
			}
		}

	}

}
