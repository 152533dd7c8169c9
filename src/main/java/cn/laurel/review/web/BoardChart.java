package cn.laurel.review.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.review.Progress;
import cn.laurel.review.ProgressBoard;

/**
 * The board's bar chart, laid out on the server as inline SVG (no script, no CDN): one stacked
 * bar per unit, a segment per {@link Progress}, scaled to the unit with the most nominations.
 */
record BoardChart(int width, int height, int labelWidth, List<Bar> bars) {

	static final int LABEL_WIDTH = 180;

	static final int BAR_AREA = 480;

	static final int ROW_HEIGHT = 24;

	/** One unit's bar; {@code end} is where the total is written. */
	record Bar(String label, int y, int total, int end, List<Segment> segments) {
	}

	record Segment(Progress progress, int x, int width, int count) {
	}

	static BoardChart of(List<ProgressBoard.Row> rows) {
		int most = Math.max(1, rows.stream().mapToInt(row -> row.total().total()).max().orElse(0));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ProgressBoard.Row row = rows.get(i);
			List<Segment> segments = new ArrayList<>();
			int x = LABEL_WIDTH;
			for (Progress progress : Progress.values()) {
				int count = row.total().of(progress);
				if (count > 0) {
					int width = count * BAR_AREA / most;
					segments.add(new Segment(progress, x, width, count));
					x += width;
				}
			}
			bars.add(new Bar(row.unit().name(), i * ROW_HEIGHT, row.total().total(), x, segments));
		}
		return new BoardChart(LABEL_WIDTH + BAR_AREA + 40, Math.max(ROW_HEIGHT, rows.size() * ROW_HEIGHT),
				LABEL_WIDTH, bars);
	}

}
