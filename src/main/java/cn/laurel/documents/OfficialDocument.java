package cn.laurel.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static cn.laurel.documents.OfficialWording.WORDING;

/**
 * A 公文 as GB/T 9704-2012 lays it out: the 发文机关标志 (the issuing body's name, printed red), the 发文字号, the
 * red separator, the title, the 主送 bodies, the body in paragraphs and 一级标题, then the 发文机关署名 and the
 * 成文日期 in Chinese numerals with the seal over them. {@link OfficialPdf} and {@link OfficialDocx} print it.
 *
 * @param issuingBody the 发文机关 (printed as its 标志 and as the 署名)
 * @param number the 发文字号, e.g. 西执党〔2026〕12号; blank: none
 * @param title the 标题, kept whole words when it needs more than one line
 * @param recipients the 主送机关; blank: none
 * @param blocks the body
 * @param signedOn the 成文日期
 * @param seal the seal as PNG, printed over the 署名 and date; {@code null}: none
 */
public record OfficialDocument(String issuingBody, String number, String title, String recipients,
		List<Block> blocks, LocalDate signedOn, byte[] seal) {

	public OfficialDocument {
		blocks = List.copyOf(blocks);
	}

	/** A piece of the body. */
	public record Block(Kind kind, String text) {

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, text);
		}

		public static Block heading(String text) {
			return new Block(Kind.HEADING, text);
		}

	}

	/** How a block is set: a paragraph indented by two characters, or a 一级标题 in 黑体. */
	public enum Kind {

		PARAGRAPH, HEADING

	}

	/** What a campaign's title names, without a trailing 评选活动 or 评选: 首届“最美综合执法人”, 第六届“最美城管人”. */
	public static String honourName(String campaignTitle) {
		String name = campaignTitle == null ? "" : campaignTitle.strip();
		for (String ending : WORDING.list("title-endings")) {
			if (name.endsWith(ending) && name.length() > ending.length()) {
				return name.substring(0, name.length() - ending.length());
			}
		}
		return name;
	}

	private static final String DIGITS = WORDING.text("digits");

	/** The 成文日期 as 公文 write it: 二〇二六年十二月七日 (the year digit by digit, month and day as numbers). */
	public static String chineseDate(LocalDate date) {
		return MessageFormat.format(WORDING.text("date"), chineseYear(date), chineseNumber(date.getMonthValue()),
				chineseNumber(date.getDayOfMonth()));
	}

	/** The month as plaques give it: 二〇二六年十二月. */
	public static String chineseMonth(LocalDate date) {
		return MessageFormat.format(WORDING.text("month"), chineseYear(date), chineseNumber(date.getMonthValue()));
	}

	private static String chineseYear(LocalDate date) {
		StringBuilder year = new StringBuilder();
		String.valueOf(date.getYear()).chars().forEach(c -> year.append(DIGITS.charAt(c - '0')));
		return year.toString();
	}

	/** 1–99 in Chinese numerals: 七, 十, 十二, 二十, 三十一. */
	public static String chineseNumber(int number) {
		if (number < 10) {
			return String.valueOf(DIGITS.charAt(number));
		}
		int tens = number / 10;
		int units = number % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + WORDING.text("ten")
				+ (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
	}

	/**
	 * The text cut after its last sentence end (。！？ and any closing quote or bracket after it) within
	 * {@code characters}. A text that an earlier cut left with a trailing ellipsis loses its broken sentence; a
	 * whole text that fits is kept as written; a first sentence longer than the limit is kept whole.
	 */
	public static String sentences(String text, int characters) {
		String whole = text == null ? "" : text.strip();
		boolean cutBefore = whole.endsWith("\u2026");
		if (cutBefore) {
			whole = whole.substring(0, whole.length() - 1);
		}
		int length = whole.codePointCount(0, whole.length());
		if (!cutBefore && length <= characters) {
			return whole;
		}
		int end = sentenceEnd(whole, length <= characters ? whole.length() : whole.offsetByCodePoints(0, characters),
				true);
		if (end == 0) {
			end = sentenceEnd(whole, whole.length(), false);
		}
		return end == 0 ? whole : whole.substring(0, end);
	}

	/** The index just after the last (or first) sentence end, with its closing marks, within {@code limit}. */
	private static int sentenceEnd(String text, int limit, boolean last) {
		int found = 0;
		for (int i = 0; i < limit; i++) {
			if (!WORDING.isAmong("sentence-ends", text.charAt(i))) {
				continue;
			}
			int end = i + 1;
			while (end < text.length() && WORDING.isAmong("closing-marks", text.charAt(end))) {
				end++;
			}
			if (end <= limit) {
				found = end;
				if (!last) {
					return found;
				}
			}
		}
		return found;
	}

	/**
	 * The title over as few lines of {@code width} as it needs, broken only where a word ends (after 关于, 的, 和,
	 * 暨, 、, a closing quote or bracket, or before 的决定 and the like), the lines as even as those places allow.
	 */
	public static List<String> titleLines(String title, ToDoubleFunction<String> measure,
			float width) {
		String text = title.strip();
		if (measure.applyAsDouble(text) <= width) {
			return List.of(text);
		}
		List<Integer> breaks = breakPoints(text);
		for (int lines = 2; lines <= 6; lines++) {
			List<String> best = balanced(text, breaks, lines, measure, width);
			if (best != null) {
				return best;
			}
		}
		return LineBreaks.wrap(measure, text, width);
	}

	/** Positions a line may end at: after a word-ending mark, never inside a quotation. */
	static List<Integer> breakPoints(String text) {
		List<Integer> points = new ArrayList<>();
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (WORDING.isAmong("opening-brackets", c)) {
				depth++;
			}
			if (WORDING.isAmong("closing-brackets", c)) {
				depth = Math.max(0, depth - 1);
			}
			int after = i + 1;
			if (depth > 0 || after >= text.length()) {
				continue;
			}
			boolean wordEnd = WORDING.isAmong("word-ends", c) || WORDING.list("words-ending-before-break")
				.stream()
				.anyMatch(word -> text.startsWith(word, after - word.length()));
			boolean beforeEnding = WORDING.list("words-starting-line").stream().anyMatch(w -> text.startsWith(w, after));
			if (wordEnd || beforeEnding) {
				points.add(after);
			}
		}
		return points;
	}

	private static List<String> balanced(String text, List<Integer> breaks, int lines,
			ToDoubleFunction<String> measure, float width) {
		List<String> best = null;
		double bestSpread = Double.MAX_VALUE;
		for (List<Integer> cut : combinations(breaks, lines - 1)) {
			List<String> parts = new ArrayList<>();
			int from = 0;
			for (int at : cut) {
				parts.add(text.substring(from, at));
				from = at;
			}
			parts.add(text.substring(from));
			double widest = parts.stream().mapToDouble(measure).max().orElse(0);
			double narrowest = parts.stream().mapToDouble(measure).min().orElse(0);
			if (widest <= width && widest - narrowest < bestSpread) {
				bestSpread = widest - narrowest;
				best = parts;
			}
		}
		return best;
	}

	private static List<List<Integer>> combinations(List<Integer> points, int count) {
		List<List<Integer>> all = new ArrayList<>();
		collect(points, count, 0, new ArrayList<>(), all);
		return all;
	}

	private static void collect(List<Integer> points, int count, int start, List<Integer> chosen,
			List<List<Integer>> all) {
		if (chosen.size() == count) {
			all.add(List.copyOf(chosen));
			return;
		}
		for (int i = start; i < points.size() && all.size() < 20_000; i++) {
			chosen.add(points.get(i));
			collect(points, count, i + 1, chosen, all);
			chosen.remove(chosen.size() - 1);
		}
	}

}
