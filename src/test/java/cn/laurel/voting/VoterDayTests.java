package cn.laurel.voting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A voter's day takes the lowest free slot of each kind and counts its votes by category and candidate. */
class VoterDayTests {

	private final VoterDay day = new VoterDay();

	@Test
	void votesTakeSuccessiveSlotsOfTheDayTheirCategoryAndTheirCandidate() {
		assertThat(this.day.take(1, 10)).isEqualTo(new Admission.Slots(0, 0, 0));
		assertThat(this.day.take(1, 11)).isEqualTo(new Admission.Slots(1, 1, 0));
		assertThat(this.day.take(2, 20)).isEqualTo(new Admission.Slots(2, 0, 0));
		assertThat(this.day.take(1, 10)).isEqualTo(new Admission.Slots(3, 2, 1));

		assertThat(this.day.votesToday()).isEqualTo(4);
		assertThat(this.day.votesIn(1)).isEqualTo(3);
		assertThat(this.day.votesIn(2)).isEqualTo(1);
		assertThat(this.day.votesFor(10)).isEqualTo(2);
		assertThat(this.day.votesFor(99)).isZero();
	}

	@Test
	void aVoteGivenBackFreesItsSlotsForTheNext() {
		this.day.take(1, 10);
		Admission.Slots second = this.day.take(1, 11);
		this.day.take(1, 12);

		this.day.giveBack(1, 11, second);

		assertThat(this.day.votesToday()).isEqualTo(2);
		assertThat(this.day.votesFor(11)).isZero();
		assertThat(this.day.take(1, 11)).isEqualTo(new Admission.Slots(1, 1, 0));
	}

	@Test
	void slotsTheDatabaseHoldsWithGapsAreSkippedAndTheGapsFilled() {
		// read back after a restart: the vote in day slot 1 was never stored
		this.day.holds(1, 10, new Admission.Slots(0, 0, 0));
		this.day.holds(1, 10, new Admission.Slots(2, 1, 1));

		assertThat(this.day.take(1, 10)).isEqualTo(new Admission.Slots(1, 2, 2));
		assertThat(this.day.take(2, 20)).isEqualTo(new Admission.Slots(3, 0, 0));
	}

	@Test
	void aBusyVoterKeepsEveryVote() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.day.take(1, 10 + i % 5).day()).isEqualTo(i);
		}
		assertThat(this.day.votesToday()).isEqualTo(100);
		assertThat(this.day.votesFor(10)).isEqualTo(20);
	}

}
