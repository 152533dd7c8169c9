package cn.laurel.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clerk wrote on the form: one text per simple field and rows per table field (team
 * members in order of importance; 个人简历 periods as {@code [from, to, unit and post]}, the last one's end blank while it
 * lasts (至今)).
 */
public record Answers(Map<String, String> values, Map<String, List<List<String>>> tables) {

	public Answers {
		values = values == null ? Map.of() : clean(values);
		tables = tables == null ? Map.of() : Map.copyOf(tables);
	}

	public static Answers empty() {
		return new Answers(Map.of(), Map.of());
	}

	public String value(String key) {
		return this.values.getOrDefault(key, "");
	}

	public List<List<String>> rows(String key) {
		return this.tables.getOrDefault(key, List.of());
	}

	/** Only the answers to {@code keys}, e.g. the personal ones that are stored encrypted. */
	public Answers only(Set<String> keys) {
		Map<String, String> values = new LinkedHashMap<>();
		this.values.forEach((key, value) -> {
			if (keys.contains(key)) {
				values.put(key, value);
			}
		});
		Map<String, List<List<String>>> tables = new LinkedHashMap<>();
		this.tables.forEach((key, rows) -> {
			if (keys.contains(key)) {
				tables.put(key, rows);
			}
		});
		return new Answers(values, tables);
	}

	/** These answers with {@code other}'s added (other wins on the same key). */
	Answers with(Answers other) {
		Map<String, String> values = new LinkedHashMap<>(this.values);
		values.putAll(other.values);
		Map<String, List<List<String>>> tables = new LinkedHashMap<>(this.tables);
		tables.putAll(other.tables);
		return new Answers(values, tables);
	}

	private static Map<String, String> clean(Map<String, String> values) {
		Map<String, String> cleaned = new LinkedHashMap<>();
		values.forEach((key, value) -> cleaned.put(key, value == null ? "" : value.strip()));
		return Map.copyOf(cleaned);
	}

}
