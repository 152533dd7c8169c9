package cn.laurel.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lists as .xlsx (nominations with their status, the progress board, scores): one sheet per list, a bold
 * frozen header row with a filter, and typed cells, so numbers sort and sum and dates stay dates in Excel.
 * Headers come from the caller in the reader's language. Column widths follow the longest text, a Chinese
 * character counting twice.
 */
public final class ListWorkbook {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	/** Ends a text cut at the cell's limit. */
	private static final String TRUNCATED = "…";

	/** Column widths in characters of the default font. */
	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	private ListWorkbook() {
	}

	/** Writes the sheets, in order, as one workbook. */
	public static void write(List<Sheet<?>> sheets, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			for (Sheet<?> sheet : sheets) {
				sheet.writeTo(workbook, styles);
			}
			workbook.write(out);
		}
	}

	/**
	 * One list.
	 * @param name the sheet's name; characters Excel refuses are replaced and it is cut to 31 characters
	 * @param columns the columns, left to right
	 * @param rows the rows, top to bottom
	 */
	public record Sheet<R>(String name, List<Column<R>> columns, List<R> rows) {

		public Sheet {
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}

		private void writeTo(XSSFWorkbook workbook, Styles styles) {
			XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(this.name));
			Row header = sheet.createRow(0);
			int[] widths = new int[this.columns.size()];
			for (int c = 0; c < this.columns.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(this.columns.get(c).header());
				cell.setCellStyle(styles.header);
				widths[c] = DisplayWidth.of(this.columns.get(c).header());
			}
			for (int r = 0; r < this.rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < this.columns.size(); c++) {
					Column<R> column = this.columns.get(c);
					Object value = column.value().apply(this.rows.get(r));
					if (value != null) {
						widths[c] = Math.max(widths[c], write(row.createCell(c), value, styles));
					}
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, this.rows.size(), 0, this.columns.size() - 1));
		}

	}

	/**
	 * One column: its header and how a row gives its value; a {@code null} value leaves the cell empty.
	 * Made by {@link #text}, {@link #number}, {@link #date} or {@link #dateTime}; the value's type decides the
	 * cell's: text, a number, or a date Excel shows as yyyy-mm-dd (with hh:mm for a time), the same in every
	 * locale.
	 */
	public static final class Column<R> {

		private final String header;

		private final Function<R, ?> value;

		private Column(String header, Function<R, ?> value) {
			this.header = header;
			this.value = value;
		}

		public static <R> Column<R> text(String header, Function<R, String> value) {
			return new Column<>(header, value);
		}

		public static <R> Column<R> number(String header, Function<R, ? extends Number> value) {
			return new Column<>(header, value);
		}

		public static <R> Column<R> date(String header, Function<R, LocalDate> value) {
			return new Column<>(header, value);
		}

		public static <R> Column<R> dateTime(String header, Function<R, LocalDateTime> value) {
			return new Column<>(header, value);
		}

		String header() {
			return this.header;
		}

		Function<R, ?> value() {
			return this.value;
		}

	}

	/** Writes a value as the cell type its class calls for and returns its width in characters. */
	private static int write(Cell cell, Object value, Styles styles) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return number.toString().length();
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
			return Styles.DATE.length();
		}
		if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(styles.dateTime);
			return Styles.DATE_TIME.length();
		}
		String text = value.toString();
		if (text.length() > MAX_CELL_TEXT) {
			// Excel holds at most 32,767 characters in a cell: a longer text (a 100,000-character objection) is cut
			// there with an ellipsis, rather than the whole export failing
			text = text.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED;
		}
		cell.setCellValue(text);
		return DisplayWidth.of(text);
	}


	/** Cell styles are a workbook-wide resource, so each is made once. */
	static final class Styles {

		static final String DATE = "yyyy-mm-dd";

		static final String DATE_TIME = "yyyy-mm-dd hh:mm";

		private final CellStyle header;

		private final CellStyle date;

		private final CellStyle dateTime;

		private Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.date = format(workbook, DATE);
			this.dateTime = format(workbook, DATE_TIME);
		}

		private static CellStyle format(XSSFWorkbook workbook, String pattern) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
			return style;
		}

	}

}
