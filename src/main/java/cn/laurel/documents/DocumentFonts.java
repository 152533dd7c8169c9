package cn.laurel.documents;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The {@link OfficeFont}s of one PDF, each embedded as a subset the first time it is used. Text is drawn run by
 * run: in the font asked for where it has the character, else in Noto Sans SC ({@link OfficeFont#HEITI}), else as
 * a blank (controls, emoji).
 */
final class DocumentFonts {

	private final PDDocument document;

	/** By file: faces sharing one file share its subset. */
	private final Map<String, PDFont> loaded = new HashMap<>();

	DocumentFonts(PDDocument document) {
		this.document = document;
	}

	/** A stretch of text drawn in one font. */
	record Run(PDFont font, String text) {
	}

	List<Run> runs(String text, OfficeFont face) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		OfficeFont currentFont = null;
		for (int codePoint : text.codePoints().toArray()) {
			int drawn = Character.isISOControl(codePoint) ? ' ' : codePoint;
			OfficeFont font = face.draws(drawn) ? face : OfficeFont.HEITI;
			if (!font.draws(drawn)) {
				drawn = ' ';
				font = face;
			}
			if (currentFont != null && font != currentFont) {
				runs.add(new Run(font(currentFont), current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(drawn);
		}
		if (currentFont != null) {
			runs.add(new Run(font(currentFont), current.toString()));
		}
		return runs;
	}

	float width(String text, float size, OfficeFont face) {
		float total = 0;
		try {
			for (Run run : runs(text, face)) {
				total += run.font().getStringWidth(run.text()) / 1000 * size;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return total;
	}

	/** Draws one line with its baseline's left end at ({@code x}, {@code baseline}). */
	void show(PDPageContentStream content, String text, float size, float x, float baseline, OfficeFont face,
			Color colour) throws IOException {
		float at = x;
		for (Run run : runs(text, face)) {
			content.beginText();
			content.setFont(run.font(), size);
			content.setNonStrokingColor(colour);
			content.newLineAtOffset(at, baseline);
			content.showText(run.text());
			content.endText();
			at += run.font().getStringWidth(run.text()) / 1000 * size;
		}
	}

	PDFont font(OfficeFont face) {
		return this.loaded.computeIfAbsent(face.file(), file -> {
			try {
				return PDType0Font.load(this.document, new ByteArrayInputStream(face.bytes()), true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
