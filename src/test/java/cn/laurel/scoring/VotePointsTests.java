package cn.laurel.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid online votes as points out of 100, by either configured rule. */
class VotePointsTests {

	@Test
	void asAShareOfTheTopVoteCountTheMostVotedGetsAHundred() {
		Map<Long, Double> points = VotePoints.SHARE_OF_TOP.points(Map.of(1L, 1500L, 2L, 1200L, 3L, 600L, 4L, 0L), 0);

		assertThat(points).containsEntry(1L, 100.0).containsEntry(2L, 80.0).containsEntry(3L, 40.0)
			.containsEntry(4L, 0.0);
	}

	@Test
	void withoutAnyVoteEveryoneGetsNothing() {
		assertThat(VotePoints.SHARE_OF_TOP.points(Map.of(1L, 0L, 2L, 0L), 0)).containsEntry(1L, 0.0)
			.containsEntry(2L, 0.0);
		assertThat(VotePoints.RANK_POINTS.points(Map.of(1L, 0L, 2L, 0L), 5)).containsEntry(1L, 100.0)
			.containsEntry(2L, 100.0);
	}

	@Test
	void asRankPointsEachPlaceIsAStepLowerAndEqualCountsSharePlaces() {
		Map<Long, Double> points = VotePoints.RANK_POINTS.points(Map.of(1L, 900L, 2L, 700L, 3L, 700L, 4L, 10L), 5);

		// places 1, 2, 2, 4: 100, 95, 95, 85
		assertThat(points).containsEntry(1L, 100.0).containsEntry(2L, 95.0).containsEntry(3L, 95.0)
			.containsEntry(4L, 85.0);
	}

	@Test
	void rankPointsNeverFallBelowZero() {
		assertThat(VotePoints.RANK_POINTS.points(Map.of(1L, 3L, 2L, 2L, 3L, 1L), 60)).containsEntry(3L, 0.0)
			.containsEntry(2L, 40.0);
	}

}
