package cn.laurel.documents;

/**
 * How wide text prints, in half-widths of a Chinese character: Chinese, full-width forms and the punctuation a
 * Chinese font sets full width (“”, —, 、) take two, other characters one.
 */
final class DisplayWidth {

	private DisplayWidth() {
	}

	static int of(String text) {
		return text.codePoints().map(c -> (Character.isIdeographic(c) || isFullWidth(c)) ? 2 : 1).sum();
	}

	private static boolean isFullWidth(int codePoint) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
	}

}
