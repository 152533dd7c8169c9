package cn.laurel.review.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.review.Progress;
import cn.laurel.review.ProgressBoard;

import org.springframework.context.MessageSource;

/**
 * The progress board as an .xlsx list: per unit a line for all categories, then one per category,
 * with the page's columns and whether the line is below its minimum.
 */
final class BoardWorkbook {

	private final MessageSource messages;

	private final Locale locale;

	BoardWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** One line of the sheet. */
	private record Line(String unit, String category, ProgressBoard.Limit limit, ProgressBoard.Counts counts,
			boolean belowMinimum) {
	}

	byte[] write(List<ProgressBoard.Row> rows) {
		List<Line> lines = new ArrayList<>();
		for (ProgressBoard.Row row : rows) {
			lines.add(new Line(row.unit().name(), text("review.board.all-categories"), row.limit(), row.total(),
					row.belowMinimum()));
			row.cells()
				.forEach(cell -> lines.add(new Line(row.unit().name(), cell.category().name(), cell.limit(),
						cell.counts(), cell.belowMinimum())));
		}
		List<Column<Line>> columns = List.of(Column.text(text("review.board.unit"), Line::unit),
				Column.text(text("review.board.category"), Line::category),
				Column.text(text("review.board.limit"), this::limit),
				count(Progress.DRAFT), Column.number(text("review.board.submitted"), line -> line.counts().submitted()),
				Column.text(text(Progress.WAITING.messageKey()), this::waiting), count(Progress.IN_REVIEW),
				count(Progress.PASSED), count(Progress.RETURNED), count(Progress.REFUSED),
				Column.text(text("review.board.below-minimum"),
						line -> text(line.belowMinimum() ? "form.yes" : "form.no")));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(text("review.board.heading"), columns, lines)), out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** min-max, and for a limit over the unit's tree what the tree uses of it. */
	private String limit(Line line) {
		ProgressBoard.Limit limit = line.limit();
		if (limit == null) {
			return null;
		}
		return limit.withUnitsBelow()
				? text("review.board.limit-with-tree", limit.min(), limit.max(), limit.treeUsed())
				: limit.min() + "-" + limit.max();
	}

	private Column<Line> count(Progress progress) {
		return Column.number(text(progress.messageKey()), line -> line.counts().of(progress));
	}

	private String waiting(Line line) {
		return line.counts()
			.waiting()
			.stream()
			.map(w -> text("review.board.waiting-at", text(w.capacity().messageKey()), w.count(), w.overdue()))
			.collect(Collectors.joining("; "));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
