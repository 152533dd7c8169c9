package cn.laurel.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word table drawn the way a paper form is: each row is a list of cells placed by their left and right edges
 * (in twips), rows need not share a column structure, and a cell may continue the one above it. Writing it
 * computes the grid Word needs, one grid column between every two neighbouring edges of any row, so a cell
 * spans exactly the grid columns between its own edges.
 */
final class FormTable {

	/** Half-point widths of the borders: a heavier frame around thin inner rules. */
	private static final int FRAME = 8;

	private static final int RULE = 4;

	private static final String BLACK = "000000";

	private final List<Row> rows = new ArrayList<>();

	/** A new row at least this high (twips); it grows with its content. */
	Row row(int minHeight) {
		Row row = new Row(minHeight);
		this.rows.add(row);
		return row;
	}

	void writeTo(XWPFDocument document, int width) {
		List<Integer> edges = this.rows.stream()
			.flatMap(row -> row.cells.stream())
			.flatMap(cell -> Stream.of(cell.from(), cell.to()))
			.distinct()
			.sorted()
			.toList();
		XWPFTable table = document.createTable();
		table.removeRow(0);
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(width));
		table.setTableAlignment(TableRowAlign.CENTER);
		CTTbl ct = table.getCTTbl();
		// fixed: Word keeps the widths given instead of fitting columns to their text
		ct.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		table.setTopBorder(XWPFBorderType.SINGLE, FRAME, 0, BLACK);
		table.setBottomBorder(XWPFBorderType.SINGLE, FRAME, 0, BLACK);
		table.setLeftBorder(XWPFBorderType.SINGLE, FRAME, 0, BLACK);
		table.setRightBorder(XWPFBorderType.SINGLE, FRAME, 0, BLACK);
		table.setInsideHBorder(XWPFBorderType.SINGLE, RULE, 0, BLACK);
		table.setInsideVBorder(XWPFBorderType.SINGLE, RULE, 0, BLACK);
		CTTblGrid grid = (ct.getTblGrid() != null) ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int i = 1; i < edges.size(); i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(edges.get(i) - edges.get(i - 1)));
		}
		for (int r = 0; r < this.rows.size(); r++) {
			Row row = this.rows.get(r);
			XWPFTableRow written = table.insertNewTableRow(r);
			written.setHeight(row.minHeight);
			written.setHeightRule(TableRowHeightRule.AT_LEAST);
			for (Cell cell : row.cells) {
				write(written.createCell(), cell, edges.indexOf(cell.to()) - edges.indexOf(cell.from()));
			}
		}
	}

	private static void write(XWPFTableCell written, Cell cell, int span) {
		written.setWidthType(TableWidthType.DXA);
		written.setWidth(String.valueOf(cell.to() - cell.from()));
		CTTcPr properties = written.getCTTc().isSetTcPr() ? written.getCTTc().getTcPr()
				: written.getCTTc().addNewTcPr();
		if (span > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
		}
		if (cell.merge() == Merge.FIRST) {
			properties.addNewVMerge().setVal(STMerge.RESTART);
		}
		if (cell.merge() == Merge.REST) {
			// Word leaves a continued cell empty; its content is the first cell's
			properties.addNewVMerge().setVal(STMerge.CONTINUE);
			return;
		}
		cell.fill().accept(written);
	}

	/** Whether a cell joins the cells above or below it into one. */
	enum Merge {

		NONE, FIRST, REST

	}

	private record Cell(int from, int to, Merge merge, Consumer<XWPFTableCell> fill) {

		Cell {
			if (from >= to) {
				throw new IllegalArgumentException("a cell from " + from + " to " + to);
			}
		}

	}

	static final class Row {

		private final int minHeight;

		private final List<Cell> cells = new ArrayList<>();

		private Row(int minHeight) {
			this.minHeight = minHeight;
		}

		/** Adds a cell from the left edge {@code from} to the right edge {@code to}, filled by {@code fill}. */
		Row cell(int from, int to, Consumer<XWPFTableCell> fill) {
			return cell(from, to, Merge.NONE, fill);
		}

		/** Adds a cell that starts or continues a merge with the cells at the same edges above and below. */
		Row cell(int from, int to, Merge merge, Consumer<XWPFTableCell> fill) {
			this.cells.add(new Cell(from, to, merge, fill));
			return this;
		}

	}

}
