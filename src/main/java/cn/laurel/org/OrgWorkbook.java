package cn.laurel.org;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import cn.laurel.org.ImportRows.AccountRow;
import cn.laurel.org.ImportRows.UnitRow;

/**
 * The layout of the import workbook, written as a template and read back from an upload, kept in one place
 * so the two cannot drift apart. Columns are read by position, so a template downloaded in either language
 * reads the same; sheets are found by their name in either language.
 */
@Component
public class OrgWorkbook {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Every .xlsx file is a zip archive, which starts with these bytes. */
	private static final byte[] ZIP_MAGIC = { 0x50, 0x4b, 0x03, 0x04 };

	private static final List<String> UNIT_COLUMNS = List.of("import.unit.column.code", "import.unit.column.name",
			"import.unit.column.type", "import.unit.column.parent", "import.unit.column.stationed-at",
			"import.unit.column.sort-order");

	private static final List<String> ACCOUNT_COLUMNS = List.of("import.account.column.username",
			"import.account.column.name", "import.account.column.role", "import.account.column.unit",
			"import.account.column.capacity", "import.account.column.password");

	private static final List<String> HELP = List.of("import.help.1", "import.help.2", "import.help.3",
			"import.help.4", "import.help.5", "import.help.6", "import.help.7", "import.help.8");

	/** Rows of the template that offer the drop-down lists. */
	private static final int TEMPLATE_ROWS = 2000;

	private final MessageSource messages;

	OrgWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/** An empty workbook with headers, drop-down lists for the enumerated columns, and instructions. */
	public byte[] template(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));

			Sheet units = dataSheet(workbook, message(ImportSheet.UNITS.messageKey(), locale), UNIT_COLUMNS, header,
					locale);
			textColumns(units, text, 0, 3, 4);
			dropDown(units, 2, names(UnitType.values(), UnitType::messageKey, locale));

			Sheet accounts = dataSheet(workbook, message(ImportSheet.ACCOUNTS.messageKey(), locale),
					ACCOUNT_COLUMNS, header, locale);
			textColumns(accounts, text, 0, 3, 5);
			dropDown(accounts, 2, names(Role.values(), Role::messageKey, locale));
			dropDown(accounts, 4, names(Capacity.values(), Capacity::messageKey, locale));

			Sheet help = workbook.createSheet(message("import.sheet.help", locale));
			for (int i = 0; i < HELP.size(); i++) {
				help.createRow(i).createCell(0).setCellValue(message(HELP.get(i), locale));
			}
			help.setColumnWidth(0, 120 * 256);

			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the data rows of an upload.
	 * @throws UnreadableWorkbook if the content is not an .xlsx workbook or lacks one of the data sheets
	 */
	ImportRows read(byte[] content) {
		try (Workbook workbook = open(content)) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Function<Cell, String> value = cell -> blankToNull(formatter.formatCellValue(cell, evaluator));
			List<UnitRow> units = rows(sheet(workbook, ImportSheet.UNITS), value,
					(number, cells) -> new UnitRow(number, cells.get(0), cells.get(1), cells.get(2), cells.get(3),
							cells.get(4), cells.get(5)));
			List<AccountRow> accounts = rows(sheet(workbook, ImportSheet.ACCOUNTS), value,
					(number, cells) -> new AccountRow(number, cells.get(0), cells.get(1), cells.get(2),
							cells.get(3), cells.get(4), cells.get(5)));
			return new ImportRows(units, accounts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the content as a workbook only if it is a zip archive that POI reads as .xlsx; the name and the
	 * declared content type of an upload prove nothing.
	 */
	private static Workbook open(byte[] content) {
		if (content.length < ZIP_MAGIC.length
				|| !Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC)) {
			throw new UnreadableWorkbook(ImportProblem.ofFile("import.file.not-xlsx"));
		}
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableWorkbook(ImportProblem.ofFile("import.file.not-xlsx"));
		}
	}

	private Sheet sheet(Workbook workbook, ImportSheet which) {
		for (Locale locale : ImportVocabulary.LANGUAGES) {
			Sheet sheet = workbook.getSheet(message(which.messageKey(), locale));
			if (sheet != null) {
				return sheet;
			}
		}
		throw new UnreadableWorkbook(ImportProblem.ofFile("import.file.sheet-missing",
				new DefaultMessageSourceResolvable(which.messageKey())));
	}

	/** The non-blank rows below the header, six columns each. */
	private static <R> List<R> rows(Sheet sheet, Function<Cell, String> value, RowMapper<R> mapper) {
		List<R> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < 6; column++) {
				Cell cell = row.getCell(column);
				cells.add((cell != null) ? value.apply(cell) : null);
			}
			if (cells.stream().anyMatch(cell -> cell != null)) {
				rows.add(mapper.map(row.getRowNum() + 1, cells));
			}
		}
		return rows;
	}

	private Sheet dataSheet(Workbook workbook, String name, List<String> columns, CellStyle header, Locale locale) {
		Sheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(message(columns.get(i), locale));
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, 20 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** Codes and passwords are text even when they look like numbers, so Excel keeps leading zeros. */
	private static void textColumns(Sheet sheet, CellStyle text, int... columns) {
		for (int column : columns) {
			sheet.setDefaultColumnStyle(column, text);
		}
	}

	private static void dropDown(Sheet sheet, int column, String[] values) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

	private static CellStyle headerStyle(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

	private <E> String[] names(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values).map(value -> message(key.apply(value), locale)).toArray(String[]::new);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String blankToNull(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	@FunctionalInterface
	private interface RowMapper<R> {

		R map(int rowNumber, List<String> cells);

	}

	/** An upload cannot be read as the import workbook at all; {@link #problem()} says why. */
	static final class UnreadableWorkbook extends RuntimeException {

		private final transient ImportProblem problem;

		UnreadableWorkbook(ImportProblem problem) {
			super(problem.key());
			this.problem = problem;
		}

		ImportProblem problem() {
			return this.problem;
		}

	}

}
