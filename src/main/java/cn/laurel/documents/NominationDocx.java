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
import cn.laurel.documents.NominationSheet.Group;
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

	/** The cover's title stands about a third down the page. */
	private static final int COVER_TOP = 2835;

	private static final int COVER_INDENT = 1134;

	private static final int COVER_LINE_GAP = 480;

	/** 三号, the cover's lines. */
	private static final int COVER_SIZE = 16;

	private final MessageSource messages;

	private final DocumentNames names;

	public NominationDocx(MessageSource messages, DocumentNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** Writes one sheet as a .docx document. */
	public void write(NominationSheet sheet, Locale locale, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			form(document, sheet, locale);
			document.write(out);
		}
	}

	/**
	 * Writes the cover page where the form has one, then the form, into an empty document, which ends with the A4
	 * page's section properties.
	 */
	void form(XWPFDocument document, NominationSheet sheet, Locale locale) {
		page(document);
		if (sheet.frame().cover() != null) {
			cover(document, sheet, sheet.frame().cover(), locale);
		}
		if (sheet.frame().heading() != null) {
			titleLine(document, 0).accept(sheet.frame().heading());
		}
		titleLine(document, 240).accept(sheet.title());
		XWPFParagraph nominated = document.createParagraph();
		nominated.setSpacingAfter(120);
		run(nominated, message("documents.docx.unit", locale, sheet.nominatingUnit()) + "    "
				+ message("documents.docx.category", locale, sheet.category()), BODY_FONT, BODY_SIZE);
		new Form(sheet, locale).table().writeTo(document, TABLE_WIDTH);
	}

	/**
	 * Seed 003's cover: the title, the nominee's line, the unit's seal and the date, then the 填表说明 on the
	 * back (the form is printed on both sides), each page ending in a page break.
	 */
	private void cover(XWPFDocument document, NominationSheet sheet, NominationSheet.Cover cover, Locale locale) {
		XWPFParagraph top = document.createParagraph();
		top.setSpacingBefore(COVER_TOP);
		for (String line : cover.title().split("\\R")) {
			titleLine(document, 0).accept(line);
		}
		for (String line : List.of(message("documents.docx.cover-name", locale, cover.nameLabel(), sheet.nomineeName()),
				message("documents.docx.cover-unit", locale, sheet.nominatingUnit()),
				message("documents.docx.cover-date", locale))) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setIndentationLeft(COVER_INDENT);
			paragraph.setSpacingBefore(COVER_LINE_GAP);
			run(paragraph, line, BODY_FONT, COVER_SIZE);
		}
		document.createParagraph().setPageBreak(true);
		titleLine(document, 240).accept(message("documents.docx.cover-notes", locale));
		for (String note : cover.notes()) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setIndentationFirstLine(PROSE_INDENT);
			run(paragraph, note, BODY_FONT, BODY_SIZE);
		}
		document.createParagraph().setPageBreak(true);
	}

	/** A centred bold line in the title's font, followed by {@code after} twips. */
	private static Consumer<String> titleLine(XWPFDocument document, int after) {
		return text -> {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingAfter(after);
			run(paragraph, text, TITLE_FONT, TITLE_SIZE).setBold(true);
		};
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
			this.portraitBeside = (sheet.portrait() != null || sheet.frame().photoCell() != null)
					&& this.leadingShort > 0;
			this.right = this.portraitBeside ? TABLE_WIDTH - PORTRAIT_COLUMN : TABLE_WIDTH;
			this.pair = pair(this.right);
		}

		FormTable table() {
			FormTable table = new FormTable();
			entries(table, this.sheet.body(), this.portraitBeside ? (this.leadingShort + 1) / 2 : 0);
			photos(table);
			List<Opinion> opinions = this.sheet.opinions();
			int[] halves = pair(TABLE_WIDTH);
			for (int i = 0; i < opinions.size(); i++) {
				Opinion opinion = opinions.get(i);
				FormTable.Row row = table.row(OPINION_ROW_HEIGHT);
				if (i + 1 < opinions.size() && sideBySide(opinion) && sideBySide(opinions.get(i + 1))) {
					Opinion next = opinions.get(++i);
					row.cell(0, halves[0], label(opinion.label()))
						.cell(halves[0], halves[1], cell -> opinion(cell, opinion, 0))
						.cell(halves[1], halves[2], label(next.label()))
						.cell(halves[2], TABLE_WIDTH, cell -> opinion(cell, next, 0));
				}
				else {
					row.cell(0, LABEL_WIDTH, label(opinion.label()))
						.cell(LABEL_WIDTH, TABLE_WIDTH, cell -> opinion(cell, opinion, SIGNATURE_INDENT));
				}
			}
			entries(table, this.sheet.frame().closing(), 0);
			return table;
		}

		private boolean sideBySide(Opinion opinion) {
			return this.sheet.frame().sideBySide().contains(opinion.label());
		}

		/**
		 * The fields, two short ones to a row, and the tables; the portrait (or the blank photo cell) beside the
		 * first {@code portraitRows} rows.
		 */
		private void entries(FormTable table, List<Entry> entries, int portraitRows) {
			// the rows beside the portrait share its height
			int portraitRowHeight = (portraitRows == 0) ? ROW_HEIGHT
					: Math.max(ROW_HEIGHT, (PORTRAIT_HEIGHT + PORTRAIT_PADDING + portraitRows - 1) / portraitRows);
			int row = 0;
			for (int i = 0; i < entries.size(); i++, row++) {
				if (entries.get(i) instanceof Table rows) {
					rows(table, rows);
					continue;
				}
				if (entries.get(i) instanceof Group group) {
					group(table, group);
					continue;
				}
				boolean beside = row < portraitRows;
				FormTable.Row line = table.row(beside ? portraitRowHeight : height(entries.get(i)));
				// the columns line up with those beside the portrait; below it the last answer runs on
				i += fields(line, entries, i, 0, this.pair, beside ? this.right : TABLE_WIDTH) - 1;
				if (beside) {
					line.cell(this.right, TABLE_WIDTH, (row == 0) ? Merge.FIRST : Merge.REST, this::portrait);
				}
			}
		}

		/** The group's label beside all its rows, its answers two short ones to a row after it. */
		private void group(FormTable table, Group group) {
			int value = (TABLE_WIDTH - 3 * LABEL_WIDTH) / 2;
			int[] inner = { 2 * LABEL_WIDTH, 2 * LABEL_WIDTH + value, 3 * LABEL_WIDTH + value };
			List<Entry> fields = List.copyOf(group.fields());
			for (int i = 0; i < fields.size();) {
				FormTable.Row line = table.row(height(fields.get(i)))
					.cell(0, LABEL_WIDTH, (i == 0) ? Merge.FIRST : Merge.REST, label(group.label()));
				i += fields(line, fields, i, LABEL_WIDTH, inner, TABLE_WIDTH);
			}
		}

		/**
		 * Fills a row from {@code from} to {@code end} with the field at {@code i}, paired with the next one where
		 * both are short, along the edges {@code pair}; returns how many fields it took.
		 */
		private int fields(FormTable.Row line, List<Entry> entries, int i, int from, int[] pair, int end) {
			Field field = (Field) entries.get(i);
			line.cell(from, from + LABEL_WIDTH, label(field.label()));
			if (field.layout() == Layout.SHORT && i + 1 < entries.size() && entries.get(i + 1) instanceof Field next
					&& next.layout() == Layout.SHORT) {
				line.cell(pair[0], pair[1], value(field))
					.cell(pair[1], pair[2], label(next.label()))
					.cell(pair[2], end, value(next));
				return 2;
			}
			line.cell(from + LABEL_WIDTH, end, value(field));
			return 1;
		}

		/** The portrait, or the photo cell's label where none is attached yet (a draft printed to sign). */
		private void portrait(XWPFTableCell cell) {
			if (this.sheet.portrait() != null) {
				pictures(cell, List.of(this.sheet.portrait()), PORTRAIT_WIDTH, PORTRAIT_HEIGHT);
			}
			else {
				centred(this.sheet.frame().photoCell()).accept(cell);
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

		/** An opinion cell: the verdict and text, then the signature block from {@code indent} twips in. */
		private void opinion(XWPFTableCell cell, Opinion opinion, int indent) {
			cell.setVerticalAlignment(XWPFVertAlign.TOP);
			if (opinion.verdict() != null) {
				run(paragraph(cell), opinion.verdict(), BODY_FONT, BODY_SIZE).setBold(true);
			}
			if (opinion.text() != null) {
				prose(cell, opinion.text());
			}
			signed(cell, indent, message("documents.docx.signature", this.locale,
					(opinion.signer() != null) ? opinion.signer() : ""));
			if (opinion.sealed()) {
				signed(cell, indent, message("documents.docx.seal", this.locale));
			}
			signed(cell, indent, (opinion.date() != null)
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

	private static int height(Entry field) {
		return (((Field) field).layout() == Layout.LONG) ? LONG_ROW_HEIGHT : ROW_HEIGHT;
	}

	/** The edges of a row of two short answers ending at {@code right}: label | value | label | value. */
	private static int[] pair(int right) {
		int value = (right - 2 * LABEL_WIDTH) / 2;
		return new int[] { LABEL_WIDTH, LABEL_WIDTH + value, 2 * LABEL_WIDTH + value };
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
	 * A line of the signature block, which stands in the right part of a whole-width cell as on the paper form
	 * (a half-width cell has no room to spare); its lines start at one indent, so blanks to sign in by hand keep
	 * their room.
	 */
	private static void signed(XWPFTableCell cell, int indent, String text) {
		XWPFParagraph paragraph = paragraph(cell);
		paragraph.setIndentationLeft(indent);
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
