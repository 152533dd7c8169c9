package cn.laurel.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 去掉一个最高分、去掉一个最低分, and what happens when there are too few marks to do it. */
class AggregationTests {

	@Test
	void theMeanAveragesEveryMark() {
		Aggregation.Aggregate aggregate = Aggregation.MEAN.apply(marks(90, 80, 70, 60));

		assertThat(aggregate.value()).isEqualTo(75.0);
		assertThat(aggregate.dropped()).isEmpty();
		assertThat(aggregate.trimmed()).isFalse();
	}

	@Test
	void theTrimmedMeanDropsOneHighestAndOneLowestMark() {
		Aggregation.Aggregate aggregate = Aggregation.TRIMMED_MEAN.apply(marks(92, 88, 90, 75, 96));

		// (92 + 88 + 90) / 3 = 90: 96 and 75 are dropped
		assertThat(aggregate.value()).isEqualTo(90.0);
		assertThat(aggregate.dropped()).extracting(Mark::value).containsExactly(75.0, 96.0);
		assertThat(aggregate.used()).extracting(Mark::value).containsExactlyInAnyOrder(92.0, 88.0, 90.0);
		assertThat(aggregate.trimmed()).isTrue();
	}

	@Test
	void theTrimmedMeanOfExactlyThreeMarksIsTheMiddleOne() {
		assertThat(Aggregation.TRIMMED_MEAN.apply(marks(60, 99, 70)).value()).isEqualTo(70.0);
	}

	@Test
	void withFewerThanThreeMarksTheTrimmedMeanDropsNothingAndIsThePlainMean() {
		Aggregation.Aggregate two = Aggregation.TRIMMED_MEAN.apply(marks(80, 91));
		Aggregation.Aggregate one = Aggregation.TRIMMED_MEAN.apply(marks(77));

		assertThat(two.value()).isEqualTo(85.5);
		assertThat(two.dropped()).isEmpty();
		assertThat(two.trimmed()).isFalse();
		assertThat(one.value()).isEqualTo(77.0);
		assertThat(one.dropped()).isEmpty();
	}

	@Test
	void withoutAnyMarkThereIsNoValue() {
		assertThat(Aggregation.TRIMMED_MEAN.apply(List.of()).value()).isNull();
		assertThat(Aggregation.MEAN.apply(List.of()).value()).isNull();
	}

	@Test
	void equalHighestMarksDropOnlyOne() {
		Aggregation.Aggregate aggregate = Aggregation.TRIMMED_MEAN.apply(marks(90, 90, 80, 70));

		// (80 + 90) / 2 = 85: one 90 and the 70 are dropped, the other 90 stays
		assertThat(aggregate.value()).isEqualTo(85.0);
		assertThat(aggregate.dropped()).hasSize(2);
	}

	static List<Mark> marks(double... values) {
		Mark[] marks = new Mark[values.length];
		for (int i = 0; i < values.length; i++) {
			marks[i] = new Mark(i + 1, values[i]);
		}
		return List.of(marks);
	}

}
