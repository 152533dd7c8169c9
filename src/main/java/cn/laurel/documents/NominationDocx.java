package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.laurel.documents.FormTable.Merge;
import cn.laurel.documents.NominationSheet.Entry;
import cn.laurel.documents.NominationSheet.Field;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.documents.NominationSheet.Opinion;
import cn.laurel.documents.NominationSheet.Photo;
import cn.laurel.documents.NominationSheet.Table;

/**
 * Writes a nomination as a Word form laid out like the seeds' attachment tables (seed 000 附件2/3, seed 003
 * 附件1/2/3): the title, the nominating unit and category, then one bordered table with shaded label cells,
 * short answers two to a row, whole-width rows for long text, tables (team members, 个人简历) under their
 * label, the 2-inch portrait top right beside the leading short answers, other photos in a row of their own,
 * and the endorsement rows at the bottom with signature, seal marker and date. The page is A4 with seed 003
 * 附件4's margins; text is 仿宋 小四 with Times New Roman for Latin letters and digits (seed 003 填表说明 二).
 * The printed words that are not the caller's (签字, （盖章）, the date) come from {@code messages/documents}
 * in the locale asked for.
 */
@Component
public class NominationDocx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	// Sizes are in twips, 1/1440 inch: 567 to the centimetre.

	private static final int PAGE_WIDTH = 11906;

	private static final int PAGE_HEIGHT = 16838;

	private static final int MARGIN_TOP = 2098;

	private static final int MARGIN_BOTTOM = 1985;

	private static final int MARGIN_SIDE = 1531;

	static final int TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

	private static final int LABEL_WIDTH = 1701;

	/** Wide enough for a 2-inch photo (二寸, 35 × 49 mm) inside Word's default cell margins of 108 each side. */
	private static final int PORTRAIT_COLUMN = 2268;

	private static final int PORTRAIT_WIDTH = 1985;

	private static final int PORTRAIT_HEIGHT = 2778;

	/** Space kept above and below the portrait within the rows it spans. */
	private static final int PORTRAIT_PADDING = 114;

	private static final int CELL_MARGINS = 2 * 108;

	private static final int ROW_HEIGHT = 567;

	private static final int LONG_ROW_HEIGHT = 2835;

	private static final int OPINION_ROW_HEIGHT = 1985;

	private static final int PHOTO_HEIGHT = 2835;

	/** The two spaces between photos side by side. */
	private static final int PHOTO_GAP = 120;

	/** Two characters of 小四, the customary indent of a paragraph of Chinese prose. */
	private static final int PROSE_INDENT = 480;

	/** Where the signature block starts in an opinion cell, leaving the left part to the opinion. */
	private static final int SIGNATURE_INDENT = 3969;

	/** Half the width of a Chinese character of 小四: a digit or Latin letter of Times New Roman. */
	private static final int HALF_CHARACTER = 120;

	private static final int TWIPS_TO_EMU = Units.EMU_PER_POINT / 20;

	/** 仿宋, which Windows ships under this name; Word finds it by its English or its Chinese name. */
	private static final String BODY_FONT = "FangSong";

	/** 黑体. */
	private static final String TITLE_FONT = "SimHei";

	private static final String LATIN_FONT = "Times New Roman";

	/** 小四. */
	private static final int BODY_SIZE = 12;

	/** 小二. */
	private static final int TITLE_SIZE = 18;

	private static final String LABEL_SHADE = "F2F2F2";

	private final MessageSource messages;

	private final DocumentNames names;

	public NominationDocx(MessageSource messages, DocumentNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** Writes one sheet as a .docx document. */
	public void write(NominationSheet sheet, Locale locale, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			page(document);
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(240);
			run(title, sheet.title(), TITLE_FONT, TITLE_SIZE).setBold(true);
			XWPFParagraph nominated = document.createParagraph();
			nominated.setSpacingAfter(120);
			run(nominated, message("documents.docx.unit", locale, sheet.nominatingUnit()) + "    "
					+ message("documents.docx.category", locale, sheet.category()), BODY_FONT, BODY_SIZE);
			new Form(sheet, locale).table().writeTo(document, TABLE_WIDTH);
			document.write(out);
		}
	}

	/**
	 * Writes the sheets as one zip of .docx files named by {@link DocumentNames}, one per sheet in the order
	 * given; equal names are numbered.
	 */
	public void writeBatch(List<NominationSheet> sheets, Locale locale, OutputStream out) throws IOException {
		try (ZipBundle zip = new ZipBundle(out)) {
			for (NominationSheet sheet : sheets) {
				zip.add(this.names.fileName(sheet, locale), document -> write(sheet, locale, document));
			}
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
		margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
	}

	/** The layout of one sheet's table: where each entry goes and what fills each cell. */
	private final class Form {

		private final NominationSheet sheet;

		private final Locale locale;

		/** Short answers at the top, beside which the portrait stands. */
		private final int leadingShort;

		private final boolean portraitBeside;

		/** The right edge of the answers; the portrait column lies beyond it. */
		private final int right;

		/** The edges of a row of two short answers: label | value | label | value. */
		private final int[] pair;

		Form(NominationSheet sheet, Locale locale) {
			this.sheet = sheet;
			this.locale = locale;
			this.leadingShort = (int) sheet.body()
				.stream()
				.takeWhile(entry -> entry instanceof Field field && field.layout() == Layout.SHORT)
				.count();
			this.portraitBeside = sheet.portrait() != null && this.leadingShort > 0;
			this.right = this.portraitBeside ? TABLE_WIDTH - PORTRAIT_COLUMN : TABLE_WIDTH;
			int value = (this.right - 2 * LABEL_WIDTH) / 2;
			this.pair = new int[] { LABEL_WIDTH, LABEL_WIDTH + value, 2 * LABEL_WIDTH + value };
		}

		FormTable table() {
			FormTable table = new FormTable();
			body(table);
			photos(table);
			for (Opinion opinion : this.sheet.opinions()) {
				table.row(OPINION_ROW_HEIGHT)
					.cell(0, LABEL_WIDTH, label(opinion.label()))
					.cell(LABEL_WIDTH, TABLE_WIDTH, cell -> opinion(cell, opinion));
			}
			return table;
		}

		/** The fields, two short ones to a row, and the tables; the portrait beside the leading rows. */
		private void body(FormTable table) {
			List<Entry> body = this.sheet.body();
			int portraitRows = (this.leadingShort + 1) / 2;
			// the rows beside the portrait share its height
			int portraitRowHeight = (portraitRows == 0) ? ROW_HEIGHT
					: Math.max(ROW_HEIGHT, (PORTRAIT_HEIGHT + PORTRAIT_PADDING + portraitRows - 1) / portraitRows);
			int row = 0;
			for (int i = 0; i < body.size(); i++, row++) {
				if (body.get(i) instanceof Table rows) {
					rows(table, rows);
					continue;
				}
				Field field = (Field) body.get(i);
				boolean beside = this.portraitBeside && row < portraitRows;
				int end = beside ? this.right : TABLE_WIDTH;
				FormTable.Row line = table.row(beside ? portraitRowHeight
						: (field.layout() == Layout.LONG) ? LONG_ROW_HEIGHT : ROW_HEIGHT);
				line.cell(0, LABEL_WIDTH, label(field.label()));
				if (field.layout() == Layout.SHORT && i + 1 < body.size() && body.get(i + 1) instanceof Field next
						&& next.layout() == Layout.SHORT) {
					line.cell(this.pair[0], this.pair[1], value(field))
						.cell(this.pair[1], this.pair[2], label(next.label()))
						.cell(this.pair[2], end, value(next));
					i++;
				}
				else {
					line.cell(LABEL_WIDTH, end, value(field));
				}
				if (beside) {
					line.cell(this.right, TABLE_WIDTH, (row == 0) ? Merge.FIRST : Merge.REST,
							cell -> pictures(cell, List.of(this.sheet.portrait()), PORTRAIT_WIDTH, PORTRAIT_HEIGHT));
				}
			}
		}

		/** The other photos side by side in one row, with the portrait first if it found no place beside. */
		private void photos(FormTable table) {
			List<Photo> photos = new ArrayList<>(this.sheet.photos());
			if (this.sheet.portrait() != null && !this.portraitBeside) {
				photos.add(0, this.sheet.portrait());
			}
			if (!photos.isEmpty()) {
				int each = (TABLE_WIDTH - LABEL_WIDTH - CELL_MARGINS) / photos.size() - PHOTO_GAP;
				table.row(ROW_HEIGHT)
					.cell(0, LABEL_WIDTH, label(message("documents.docx.photos", this.locale)))
					.cell(LABEL_WIDTH, TABLE_WIDTH, cell -> pictures(cell, photos, each, PHOTO_HEIGHT));
			}
		}

		/** A header row and the table's rows beside one label cell spanning them all. */
		private void rows(FormTable table, Table rows) {
			int columns = rows.columns().size();
			List<List<String>> lines = new ArrayList<>();
			lines.add(rows.columns());
			// an empty table still shows one blank row under its headers, as the paper form does
			lines.addAll(rows.rows().isEmpty() ? List.of(rows.columns().stream().map(c -> "").toList()) : rows.rows());
			int[] edges = new int[columns + 1];
			edges[0] = LABEL_WIDTH;
			int[] widths = columnWidths(lines, TABLE_WIDTH - LABEL_WIDTH);
			for (int c = 0; c < columns; c++) {
				edges[c + 1] = edges[c] + widths[c];
			}
			for (int r = 0; r < lines.size(); r++) {
				FormTable.Row line = table.row(ROW_HEIGHT)
					.cell(0, LABEL_WIDTH, (r == 0) ? Merge.FIRST : Merge.REST, label(rows.label()));
				for (int c = 0; c < columns; c++) {
					String text = lines.get(r).get(c);
					line.cell(edges[c], edges[c + 1], (r == 0) ? label(text) : centred(text));
				}
			}
		}

		private void opinion(XWPFTableCell cell, Opinion opinion) {
			cell.setVerticalAlignment(XWPFVertAlign.TOP);
			if (opinion.verdict() != null) {
				run(paragraph(cell), opinion.verdict(), BODY_FONT, BODY_SIZE).setBold(true);
			}
			if (opinion.text() != null) {
				prose(cell, opinion.text());
			}
			signed(cell, message("documents.docx.signature", this.locale,
					(opinion.signer() != null) ? opinion.signer() : ""));
			if (opinion.sealed()) {
				signed(cell, message("documents.docx.seal", this.locale));
			}
			signed(cell, (opinion.date() != null)
					? DateTimeFormatter.ofPattern(message("documents.docx.date-pattern", this.locale), this.locale)
						.format(opinion.date())
					: message("documents.docx.date-blank", this.locale));
		}

		private Consumer<XWPFTableCell> value(Field field) {
			return switch (field.layout()) {
				case SHORT -> centred(field.value());
				case WIDE -> cell -> {
					cell.setVerticalAlignment(XWPFVertAlign.CENTER);
					lines(cell, field.value());
				};
				case LONG -> cell -> {
					cell.setVerticalAlignment(XWPFVertAlign.TOP);
					prose(cell, field.value());
				};
			};
		}

	}

	/**
	 * Widths that keep each column's longest text on one line where the room allows: the narrowest needs
	 * are met first, each column taking at most a fair share of what is left, so 序号 and 起止年月 stay on
	 * one line and the long names wrap; room to spare is shared evenly.
	 */
	private static int[] columnWidths(List<List<String>> lines, int room) {
		int columns = lines.get(0).size();
		int[] needs = new int[columns];
		for (List<String> line : lines) {
			for (int c = 0; c < columns; c++) {
				needs[c] = Math.max(needs[c], (DisplayWidth.of(line.get(c)) + 1) * HALF_CHARACTER + CELL_MARGINS);
			}
		}
		int[] order = IntStream.range(0, columns).boxed().sorted(Comparator.comparingInt(c -> needs[c]))
			.mapToInt(Integer::intValue).toArray();
		int[] widths = new int[columns];
		int left = room;
		for (int k = 0; k < columns; k++) {
			int c = order[k];
			widths[c] = Math.min(needs[c], left / (columns - k));
			left -= widths[c];
		}
		for (int c = 0; c < columns; c++) {
			widths[c] += left / columns + ((c == columns - 1) ? left % columns : 0);
		}
		return widths;
	}

	private static Consumer<XWPFTableCell> label(String text) {
		return cell -> {
			cell.setColor(LABEL_SHADE);
			centred(text).accept(cell);
		};
	}

	private static Consumer<XWPFTableCell> centred(String text) {
		return cell -> {
			cell.setVerticalAlignment(XWPFVertAlign.CENTER);
			for (XWPFParagraph paragraph : lines(cell, text)) {
				paragraph.setAlignment(ParagraphAlignment.CENTER);
			}
		};
	}

	/** Paragraphs of Chinese prose, each indented by two characters. */
	private static void prose(XWPFTableCell cell, String text) {
		for (XWPFParagraph paragraph : lines(cell, text)) {
			paragraph.setIndentationFirstLine(PROSE_INDENT);
		}
	}

	/**
	 * A line of the signature block, which stands in the right part of the cell as on the paper form; its
	 * lines start at one indent, so blanks to sign in by hand keep their room.
	 */
	private static void signed(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = paragraph(cell);
		paragraph.setIndentationLeft(SIGNATURE_INDENT);
		run(paragraph, text, BODY_FONT, BODY_SIZE);
	}

	/** One paragraph per line of the text. */
	private static List<XWPFParagraph> lines(XWPFTableCell cell, String text) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			XWPFParagraph paragraph = paragraph(cell);
			run(paragraph, line, BODY_FONT, BODY_SIZE);
			paragraphs.add(paragraph);
		}
		return paragraphs;
	}

	/** The empty paragraph a new cell comes with, then a new one each time. */
	private static XWPFParagraph paragraph(XWPFTableCell cell) {
		List<XWPFParagraph> existing = cell.getParagraphs();
		return (existing.size() == 1 && existing.get(0).getRuns().isEmpty()) ? existing.get(0) : cell.addParagraph();
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontSize(size);
		return run;
	}

	/** The photos side by side, each scaled to fit a box of the given size (twips) keeping its proportions. */
	private static void pictures(XWPFTableCell cell, List<Photo> photos, int width, int height) {
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

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
