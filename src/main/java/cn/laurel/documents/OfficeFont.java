package cn.laurel.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typefaces Chinese offices set their documents in, each with the name Word finds it by on an office's machine
 * (for .docx) and the openly licensed TrueType font bundled under {@code fonts/} that stands in for it in PDF, where
 * it is embedded as a subset. The serif and kai files hold the characters of GB 2312; a character they lack is
 * drawn from Noto Sans SC, which holds nearly all of them.
 */
public enum OfficeFont {

	/** 方正小标宋简体 (titles, the 发文机关标志, a certificate's heading): Noto Serif SC Bold. */
	XIAOBIAOSONG("font.xiaobiaosong", "NotoSerifSC-Bold.ttf"),
	/** 仿宋_GB2312 (body text): Noto Serif SC. */
	FANGSONG("font.fangsong", "NotoSerifSC-Regular.ttf"),
	/** 楷体_GB2312 (subtitles, a certificate's wording): WenKai GB, a GB 2312 subset of LXGW WenKai. */
	KAITI("font.kaiti", "WenKaiGB-Regular.ttf"),
	/** 黑体 (一级标题): Noto Sans SC. */
	HEITI("font.heiti", "NotoSansSC-Regular.ttf"),
	/** 宋体 (page numbers): Noto Serif SC. */
	SONG("font.song", "NotoSerifSC-Regular.ttf");

	private final String officeNameKey;

	private final String file;

	OfficeFont(String officeNameKey, String file) {
		this.officeNameKey = officeNameKey;
		this.file = file;
	}

	/** The name Word looks the font up by, e.g. 仿宋_GB2312. */
	public String officeName() {
		return OfficialWording.WORDING.text(this.officeNameKey);
	}

	String file() {
		return this.file;
	}

	/** The bundled file's bytes, read once per file. */
	byte[] bytes() {
		return Files.of(this.file).bytes;
	}

	/** Whether the bundled file draws the character. */
	boolean draws(int codePoint) {
		return Files.of(this.file).coverage.get(codePoint);
	}

	/** Each bundled file read once, with the characters its cmap maps. */
	private static final class Files {

		private static final Map<String, Files> READ = new ConcurrentHashMap<>();

		private final byte[] bytes;

		private final BitSet coverage = new BitSet(0x10000);

		private Files(String name) {
			this.bytes = PdfPages.bundledFont(name);
			try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes))) {
				var cmap = ttf.getUnicodeCmapLookup();
				for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
					if (cmap.getGlyphId(codePoint) > 0) {
						this.coverage.set(codePoint);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static Files of(String name) {
			return READ.computeIfAbsent(name, Files::new);
		}

	}

}
