package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.laurel.documents.NominationSheet.Photo;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Writing into the cells of the nomination forms: 仿宋 小四 with Times New Roman for Latin letters and digits,
 * shaded labels, prose indented by two characters, signature lines and photos.
 */
final class DocxCells {

	/** Two characters of 小四, the customary indent of a paragraph of Chinese prose. */
	static final int PROSE_INDENT = 480;

	static final int TWIPS_TO_EMU = Units.EMU_PER_POINT / 20;

	/** 仿宋, which Windows ships under this name; Word finds it by its English or its Chinese name. */
	static final String BODY_FONT = "FangSong";

	static final String LATIN_FONT = "Times New Roman";

	/** 小四. */
	static final int BODY_SIZE = 12;

	static final String LABEL_SHADE = "F2F2F2";

	private DocxCells() {
	}

	static Consumer<XWPFTableCell> label(String text) {
		return cell -> {
			cell.setColor(LABEL_SHADE);
			centred(text).accept(cell);
		};
	}

	static Consumer<XWPFTableCell> centred(String text) {
		return cell -> {
			cell.setVerticalAlignment(XWPFVertAlign.CENTER);
			for (XWPFParagraph paragraph : lines(cell, text)) {
				paragraph.setAlignment(ParagraphAlignment.CENTER);
			}
		};
	}

	/** Paragraphs of Chinese prose, each indented by two characters. */
	static void prose(XWPFTableCell cell, String text) {
		for (XWPFParagraph paragraph : lines(cell, text)) {
			paragraph.setIndentationFirstLine(PROSE_INDENT);
		}
	}

	/**
	 * A line of the signature block, which stands in the right part of a whole-width cell as on the paper form
	 * (a half-width cell has no room to spare); its lines start at one indent, so blanks to sign in by hand keep
	 * their room.
	 */
	static void signed(XWPFTableCell cell, int indent, String text) {
		XWPFParagraph paragraph = paragraph(cell);
		paragraph.setIndentationLeft(indent);
		run(paragraph, text, BODY_FONT, BODY_SIZE);
	}

	/** One paragraph per line of the text. */
	static List<XWPFParagraph> lines(XWPFTableCell cell, String text) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			XWPFParagraph paragraph = paragraph(cell);
			run(paragraph, line, BODY_FONT, BODY_SIZE);
			paragraphs.add(paragraph);
		}
		return paragraphs;
	}

	/** The empty paragraph a new cell comes with, then a new one each time. */
	static XWPFParagraph paragraph(XWPFTableCell cell) {
		List<XWPFParagraph> existing = cell.getParagraphs();
		return (existing.size() == 1 && existing.get(0).getRuns().isEmpty()) ? existing.get(0) : cell.addParagraph();
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontSize(size);
		return run;
	}

	/** The photos side by side, each scaled to fit a box of the given size (twips) keeping its proportions. */
	static void pictures(XWPFTableCell cell, List<Photo> photos, int width, int height) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = paragraph(cell);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		for (int i = 0; i < photos.size(); i++) {
			Photo photo = photos.get(i);
			ImageSize size = ImageSize.of(photo.content())
				.orElseThrow(() -> new IllegalArgumentException("photo content is not readable as an image"));
			double scale = Math.min((double) width / size.width(), (double) height / size.height());
			boolean jpeg = photo.contentType().equals(Photo.JPEG);
			try {
				paragraph.createRun()
					.addPicture(new ByteArrayInputStream(photo.content()), jpeg ? PictureType.JPEG : PictureType.PNG,
							"photo-" + (i + 1) + (jpeg ? ".jpg" : ".png"), (int) (size.width() * scale) * TWIPS_TO_EMU,
							(int) (size.height() * scale) * TWIPS_TO_EMU);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InvalidFormatException ex) {
				throw new IllegalArgumentException(ex);
			}
			if (i + 1 < photos.size()) {
				paragraph.createRun().setText("  ");
			}
		}
	}

}
