package cn.laurel.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The progress board as an .xlsx sheet: per unit a line for all categories, then one per
 * category, with the same columns as the page; lines below a minimum are filled in red.
 */
final class BoardWorkbook {

	private static final List<Progress> COUNTED = List.of(Progress.DRAFT, Progress.IN_REVIEW, Progress.PASSED,
			Progress.RETURNED, Progress.REFUSED);

	private final MessageSource messages;

	private final Locale locale;

	BoardWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	byte[] write(List<ProgressBoard.Row> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("review.board.heading"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle below = workbook.createCellStyle();
			below.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			below.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			List<String> header = new ArrayList<>(List.of(text("review.board.unit"), text("review.board.category"),
					text("review.board.limit"), text("review.board.submitted"), text("review.progress.WAITING")));
			COUNTED.forEach(progress -> header.add(text(progress.messageKey())));
			header.add(text("review.board.below-minimum"));
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				top.createCell(i).setCellValue(header.get(i));
				top.getCell(i).setCellStyle(bold);
			}
			int line = 1;
			for (ProgressBoard.Row row : rows) {
				line(sheet.createRow(line++), row.unit().name(), text("review.board.all-categories"), row.limit(),
						row.total(), row.belowMinimum(), below);
				for (ProgressBoard.Cell cell : row.cells()) {
					line(sheet.createRow(line++), row.unit().name(), cell.category().name(), cell.limit(),
							cell.counts(), cell.belowMinimum(), below);
				}
			}
			for (int i = 0; i < header.size(); i++) {
				sheet.autoSizeColumn(i);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void line(Row row, String unit, String category, ProgressBoard.Limit limit, ProgressBoard.Counts counts,
			boolean belowMinimum, CellStyle below) {
		int column = 0;
		row.createCell(column++).setCellValue(unit);
		row.createCell(column++).setCellValue(category);
		row.createCell(column++).setCellValue(limit == null ? "" : limit.min() + "-" + limit.max());
		row.createCell(column++).setCellValue(counts.submitted());
		row.createCell(column++).setCellValue(counts.waiting()
			.stream()
			.map(w -> text("review.board.waiting-at", text(w.capacity().messageKey()), w.count(), w.overdue()))
			.collect(Collectors.joining("; ")));
		for (Progress progress : COUNTED) {
			row.createCell(column++).setCellValue(counts.of(progress));
		}
		row.createCell(column).setCellValue(text(belowMinimum ? "form.yes" : "form.no"));
		if (belowMinimum) {
			row.forEach(cell -> cell.setCellStyle(below));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
