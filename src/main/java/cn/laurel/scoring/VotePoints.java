package cn.laurel.scoring;

import java.util.HashMap;
import java.util.Map;

/** How a category's valid online votes become points out of 100. */
public enum VotePoints {

	/** Votes as a share of the category's top vote count: the most voted gets 100, half as many 50. */
	SHARE_OF_TOP {
		@Override
		Map<Long, Double> points(Map<Long, Long> votes, double rankStep) {
			long top = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
			Map<Long, Double> points = new HashMap<>();
			votes.forEach((candidate, count) -> points.put(candidate, top == 0 ? 0 : FULL * count / top));
			return points;
		}
	},

	/**
	 * Points by place in the vote: the first 100, each place below {@code rankStep} fewer, never below
	 * 0. Equal vote counts share a place and the next place is skipped (1, 2, 2, 4).
	 */
	RANK_POINTS {
		@Override
		Map<Long, Double> points(Map<Long, Long> votes, double rankStep) {
			long[] counts = votes.values().stream().mapToLong(Long::longValue).sorted().toArray();
			Map<Long, Double> points = new HashMap<>();
			votes.forEach((candidate, count) -> {
				int more = counts.length - upperBound(counts, count);
				points.put(candidate, Math.max(0, FULL - more * rankStep));
			});
			return points;
		}
	};

	static final double FULL = 100;

	/**
	 * Points per candidate.
	 * @param votes every candidate of the category, with 0 for one nobody voted for
	 */
	abstract Map<Long, Double> points(Map<Long, Long> votes, double rankStep);

	public String messageKey() {
		return "scoring.vote-points." + name();
	}

	/** The index of the first count above {@code count} in ascending {@code counts}. */
	private static int upperBound(long[] counts, long count) {
		int low = 0;
		int high = counts.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (counts[middle] <= count) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
