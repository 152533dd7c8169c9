package cn.laurel.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import cn.laurel.documents.FormTable.Merge;
import cn.laurel.documents.NominationSheet.Entry;
import cn.laurel.documents.NominationSheet.Field;
import cn.laurel.documents.NominationSheet.Group;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.documents.NominationSheet.Opinion;
import cn.laurel.documents.NominationSheet.Photo;
import cn.laurel.documents.NominationSheet.Table;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import org.springframework.context.MessageSource;

import static cn.laurel.documents.DocxCells.BODY_FONT;
import static cn.laurel.documents.DocxCells.BODY_SIZE;
import static cn.laurel.documents.DocxCells.centred;
import static cn.laurel.documents.DocxCells.label;
import static cn.laurel.documents.DocxCells.lines;
import static cn.laurel.documents.DocxCells.paragraph;
import static cn.laurel.documents.DocxCells.pictures;
import static cn.laurel.documents.DocxCells.prose;
import static cn.laurel.documents.DocxCells.run;
import static cn.laurel.documents.DocxCells.signed;
import static cn.laurel.documents.NominationDocx.TABLE_WIDTH;

/**
 * The table of one nomination sheet, laid out as {@link NominationDocx} describes: where each entry goes and what
 * fills each cell.
 */
final class NominationTable {

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

	/** Where the signature block starts in an opinion cell, leaving the left part to the opinion. */
	private static final int SIGNATURE_INDENT = 3969;

	/** Half the width of a Chinese character of 小四: a digit or Latin letter of Times New Roman. */
	private static final int HALF_CHARACTER = 120;


	private final NominationSheet sheet;

	private final Locale locale;

	private final MessageSource messages;

	/** Short answers at the top, beside which the portrait stands. */
	private final int leadingShort;

	private final boolean portraitBeside;

	/** The right edge of the answers; the portrait column lies beyond it. */
	private final int right;

	/** The edges of a row of two short answers: label | value | label | value. */
	private final int[] pair;

	NominationTable(NominationSheet sheet, Locale locale, MessageSource messages) {
		this.sheet = sheet;
		this.messages = messages;
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

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
