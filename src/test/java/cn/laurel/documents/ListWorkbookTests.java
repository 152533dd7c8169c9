package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ListWorkbook.Sheet;

import static org.assertj.core.api.Assertions.assertThat;

class ListWorkbookTests {

	record Listed(String unit, String nominee, Integer photos, BigDecimal score, LocalDate submitted,
			LocalDateTime passed) {
	}

	private static final List<Column<Listed>> COLUMNS = List.of(Column.text("推荐单位", Listed::unit),
			Column.text("候选人", Listed::nominee), Column.number("照片数", Listed::photos),
			Column.number("得分", Listed::score), Column.date("提交日期", Listed::submitted),
			Column.dateTime("初审通过时间", Listed::passed));

	private static final List<Listed> ROWS = List.of(
			new Listed("派驻黄岛街道中队", "老旧小区违建清零暖民心", 2, new BigDecimal("87.5"), LocalDate.of(2021, 10, 9),
					LocalDateTime.of(2021, 10, 20, 9, 30)),
			new Listed("直属一中队", "孙晓明", 1, null, LocalDate.of(2021, 10, 8), null));

	@Test
	void theHeaderRowIsBoldAndFrozenWithTheCallersHeaders() throws IOException {
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("最美综合执法人", COLUMNS, ROWS)))) {
			XSSFSheet sheet = workbook.getSheet("最美综合执法人");
			XSSFRow header = sheet.getRow(0);
			assertThat(header.cellIterator()).toIterable()
				.extracting(cell -> cell.getStringCellValue())
				.containsExactly("推荐单位", "候选人", "照片数", "得分", "提交日期", "初审通过时间");
			assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
		}
	}

	@Test
	void cellsKeepTheirTypesSoNumbersAndDatesStayNumbersAndDates() throws IOException {
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("list", COLUMNS, ROWS)))) {
			XSSFRow row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("派驻黄岛街道中队");
			assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.0);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(87.5);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
			assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 10, 9));
			assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2021, 10, 20, 9, 30));
			assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
		}
	}

	@Test
	void aTextLongerThanACellHoldsIsCutWithAnEllipsisInsteadOfFailingTheExport() throws IOException {
		String objection = "异".repeat(100_000);
		List<Column<String>> columns = List.of(Column.text("异议内容", text -> text));
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("异议", columns, List.of(objection))))) {
			String cell = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
			assertThat(cell).hasSize(32_767).startsWith("异异异").endsWith("异…");
		}
	}

	@Test
	void aMissingValueLeavesItsCellEmpty() throws IOException {
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("list", COLUMNS, ROWS)))) {
			XSSFRow row = workbook.getSheetAt(0).getRow(2);
			assertThat(row.getCell(3)).isNull();
			assertThat(row.getCell(5)).isNull();
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void columnsAreAsWideAsTheirLongestTextWithChineseCountingDouble() throws IOException {
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("list", COLUMNS, ROWS)))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// 老旧小区违建清零暖民心: 11 characters, 22 columns, plus a margin of 2
			assertThat(sheet.getColumnWidth(1)).isEqualTo(24 * 256);
			assertThat(sheet.getColumnWidth(2)).isEqualTo(8 * 256);
			assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2));
		}
	}

	@Test
	void eachListIsASheetAndNamesExcelRefusesAreMadeSafe() throws IOException {
		try (XSSFWorkbook workbook = write(List.of(new Sheet<>("实事/项目", COLUMNS, ROWS),
				new Sheet<>("党员服务标兵", COLUMNS, List.of())))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("实事 项目");
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isZero();
		}
	}

	private static XSSFWorkbook write(List<Sheet<?>> sheets) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ListWorkbook.write(sheets, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

}
