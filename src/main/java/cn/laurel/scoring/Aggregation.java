package cn.laurel.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a panel turns its judges' marks for a candidate into one value. Recused judges simply have no
 * mark, so every rule works on the marks that exist.
 */
public enum Aggregation {

	/** The arithmetic mean of all marks. */
	MEAN {
		@Override
		Aggregate apply(List<Mark> marks) {
			return Aggregate.of(marks, List.of(), false);
		}
	},

	/**
	 * 去掉一个最高分、去掉一个最低分: the mean after dropping one highest and one lowest mark. With
	 * fewer than {@value #TRIM_MINIMUM} marks nothing would be left to average fairly, so nothing is
	 * dropped and the plain mean is used; the explanation says so.
	 */
	TRIMMED_MEAN {
		@Override
		Aggregate apply(List<Mark> marks) {
			if (marks.size() < TRIM_MINIMUM) {
				return Aggregate.of(marks, List.of(), false);
			}
			List<Mark> sorted = marks.stream()
				.sorted(Comparator.comparingDouble(Mark::value).thenComparingLong(Mark::judgeId))
				.toList();
			List<Mark> dropped = List.of(sorted.get(0), sorted.get(sorted.size() - 1));
			return Aggregate.of(sorted.subList(1, sorted.size() - 1), dropped, true);
		}
	};

	/** The fewest marks a trimmed mean drops the highest and the lowest of. */
	static final int TRIM_MINIMUM = 3;

	abstract Aggregate apply(List<Mark> marks);

	public String messageKey() {
		return "scoring.aggregation." + name();
	}

	/**
	 * What came of a candidate's marks.
	 *
	 * @param value the mean of {@code used}, or {@code null} without any mark
	 * @param trimmed whether the highest and lowest were dropped; {@code false} for a trimmed mean with
	 * too few marks
	 */
	record Aggregate(Double value, List<Mark> used, List<Mark> dropped, boolean trimmed) {

		static Aggregate of(List<Mark> used, List<Mark> dropped, boolean trimmed) {
			Double value = used.isEmpty() ? null : used.stream().collect(Collectors.averagingDouble(Mark::value));
			return new Aggregate(value, List.copyOf(used), List.copyOf(dropped), trimmed);
		}

	}

}
