package cn.laurel.scoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Per-judge z-scores rescaled to the pool of marks, so that a strict and a lenient judge count alike. */
class NormalisationTests {

	@Test
	void aStrictAndALenientJudgeWhoOrderTheCandidatesAlikeGiveTheSameNormalisedMarks() {
		// Judge 1 gives 60/70/80, judge 2 gives 80/90/100: the same order with the same spread.
		List<Score> scores = List.of(new Score(1, 1, 60), new Score(2, 1, 70), new Score(3, 1, 80),
				new Score(1, 2, 80), new Score(2, 2, 90), new Score(3, 2, 100));

		Map<Long, List<Double>> normalised = byCandidate(Normalisation.apply(scores, 100));

		// pool mean 80, pool deviation sqrt(((−20)²+(−10)²+0²+0²+10²+20²)/6) = sqrt(1000/6) ≈ 12.91;
		// each judge's z-scores are −1.2247, 0, 1.2247, so candidate 2 gets 80 from both judges.
		assertThat(normalised.get(2L)).allSatisfy(mark -> assertThat(mark).isCloseTo(80.0, within(1e-9)));
		assertThat(normalised.get(1L).get(0)).isCloseTo(normalised.get(1L).get(1), within(1e-9));
		assertThat(normalised.get(1L).get(0)).isCloseTo(80 - 1.224744871 * 12.909944487, within(1e-6));
		assertThat(normalised.get(3L).get(0)).isCloseTo(80 + 1.224744871 * 12.909944487, within(1e-6));
	}

	@Test
	void aJudgeWhoseMarksDoNotSpreadGivesThePoolMean() {
		List<Score> scores = List.of(new Score(1, 1, 90), new Score(2, 1, 90), new Score(1, 2, 70),
				new Score(2, 2, 50));

		Map<Long, List<Double>> normalised = byCandidate(Normalisation.apply(scores, 100));

		// pool mean (90 + 90 + 70 + 50) / 4 = 75
		assertThat(normalised.get(1L).get(0)).isCloseTo(75.0, within(1e-9));
		assertThat(normalised.get(2L).get(0)).isCloseTo(75.0, within(1e-9));
	}

	@Test
	void normalisedMarksStayWithinTheScale() {
		List<Score> scores = List.of(new Score(1, 1, 0), new Score(2, 1, 0), new Score(3, 1, 100),
				new Score(1, 2, 100), new Score(2, 2, 100), new Score(3, 2, 99));

		assertThat(Normalisation.apply(scores, 100)).allSatisfy(score -> assertThat(score.value()).isBetween(0.0,
				100.0));
	}

	private static Map<Long, List<Double>> byCandidate(List<Score> scores) {
		return scores.stream()
			.collect(Collectors.groupingBy(Score::candidateId,
					Collectors.mapping(Score::value, Collectors.toList())));
	}

}
