package cn.laurel.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-judge z-score normalisation, so that a strict judge and a generous one weigh the same: each
 * mark becomes its judge's z-score ({@code (x − judge's mean) / judge's standard deviation}) and is
 * rescaled to the pool of all marks given ({@code pool mean + z × pool standard deviation}), then
 * kept within {@code [0, scale]}. A judge whose marks do not spread (one mark, or all equal) says
 * nothing about how candidates compare, so each of their marks becomes the pool mean. Standard
 * deviations are those of the population (divided by n): the marks are all there is, not a sample.
 */
final class Normalisation {

	private Normalisation() {
	}

	static List<Score> apply(List<Score> scores, double scale) {
		if (scores.isEmpty()) {
			return scores;
		}
		Moments pool = new Moments();
		Map<Long, Moments> judges = new HashMap<>();
		for (Score score : scores) {
			pool.add(score.value());
			judges.computeIfAbsent(score.judgeId(), judge -> new Moments()).add(score.value());
		}
		return scores.stream().map(score -> {
			Moments judge = judges.get(score.judgeId());
			double z = judge.deviation() == 0 ? 0 : (score.value() - judge.mean()) / judge.deviation();
			double rescaled = pool.mean() + z * pool.deviation();
			return new Score(score.candidateId(), score.judgeId(), Math.max(0, Math.min(scale, rescaled)));
		}).toList();
	}

	/** Mean and population standard deviation, accumulated in one pass (Welford). */
	private static final class Moments {

		private long count;

		private double mean;

		private double squares;

		void add(double value) {
			this.count++;
			double delta = value - this.mean;
			this.mean += delta / this.count;
			this.squares += delta * (value - this.mean);
		}

		double mean() {
			return this.mean;
		}

		double deviation() {
			double deviation = Math.sqrt(this.squares / this.count);
			// A spread this small is rounding noise from equal marks, not a judge's preference.
			return deviation < 1e-9 ? 0 : deviation;
		}

	}

}
