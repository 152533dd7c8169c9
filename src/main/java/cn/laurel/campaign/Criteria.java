package cn.laurel.campaign;

import java.util.Arrays;
import java.util.List;

/**
 * A category's 评选标准 as plain text, one paragraph a line (the plans number them: （一）思想道德方面 …). Kept as text
 * and shown paragraph by paragraph with escaping, never as markup, since the organiser types it.
 */
final class Criteria {

	/** Seed 003's longest (党员服务标兵, four conditions) is under 700 characters. */
	static final int MAX_LENGTH = 4000;

	private Criteria() {
	}

	/** The text with each paragraph trimmed and blank lines dropped; {@code null} when nothing is left. */
	static String tidy(String text) {
		List<String> paragraphs = paragraphs(text);
		return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
	}

	static List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
