package cn.laurel.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Chinese line breaking for text laid out by hand in PDFs (禁则: 避头点 hang at the end of a line). */
final class LineBreaks {

	/**
	 * Besides closing brackets and quotes, the characters that may not begin a line (避头点) and hang at the end of
	 * the previous one: the full-width comma, full stop, enumeration comma, semicolon, colon, question and
	 * exclamation marks, the ellipsis, and their ASCII forms.
	 */
	private static final Set<Integer> NO_LINE_START = Set.of(0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01,
			0x2026, (int) ',', (int) '.', (int) ';', (int) ':', (int) '?', (int) '!', (int) '%');

	private LineBreaks() {
	}

	/**
	 * Breaks text into lines no wider than {@code width}, measured by {@code measure}: any CJK character may end a
	 * line, closing punctuation hangs at the end rather than start the next, a Latin word moves whole to the next
	 * line.
	 */
	static List<String> wrap(ToDoubleFunction<String> measure, String text, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (int codePoint : paragraph.codePoints().toArray()) {
				String character = Character.toString(codePoint);
				if (line.isEmpty() || mayNotStartLine(codePoint)
						|| measure.applyAsDouble(line + character) <= width) {
					line.append(character);
					continue;
				}
				int cut = latinWordStart(line, codePoint);
				lines.add(line.substring(0, cut).stripTrailing());
				line = new StringBuilder(line.substring(cut).stripLeading()).append(character);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static boolean mayNotStartLine(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
				|| NO_LINE_START.contains(codePoint);
	}

	/** Where the Latin word that {@code next} continues begins in {@code line}, or the line's end. */
	private static int latinWordStart(StringBuilder line, int next) {
		if (!isLatin(next)) {
			return line.length();
		}
		int start = line.length();
		while (start > 0 && isLatin(line.charAt(start - 1))) {
			start--;
		}
		return start == 0 ? line.length() : start;
	}

	private static boolean isLatin(int codePoint) {
		return codePoint < 0x2E80 && Character.isLetterOrDigit(codePoint);
	}

}
