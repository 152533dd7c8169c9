package cn.laurel.voting;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A voter's day numbers its votes, counts them by category and candidate, and judges a voter's next vote
 * only once the previous one has settled.
 */
class VoterDayTests {

	private final VoterDay day = new VoterDay();

	@Test
	void votesAreNumberedInTheOrderTheyAreCastAndCountedByCategoryAndCandidate() {
		assertThat(this.day.take(1, 10)).isZero();
		assertThat(this.day.take(1, 11)).isEqualTo(1);
		assertThat(this.day.take(2, 20)).isEqualTo(2);
		assertThat(this.day.take(1, 10)).isEqualTo(3);

		assertThat(this.day.votesToday()).isEqualTo(4);
		assertThat(this.day.votesIn(1)).isEqualTo(3);
		assertThat(this.day.votesIn(2)).isEqualTo(1);
		assertThat(this.day.votesFor(10)).isEqualTo(2);
		assertThat(this.day.votesFor(99)).isZero();
	}

	@Test
	void aVoteNotStoredIsForgottenAndItsNumberGoesToTheNext() {
		this.day.take(1, 10);
		int second = this.day.take(1, 11);

		this.day.settled(1, 11, second, false);

		assertThat(this.day.votesToday()).isEqualTo(1);
		assertThat(this.day.votesFor(11)).isZero();
		assertThat(this.day.take(1, 12)).isEqualTo(second);
	}

	@Test
	void aStoredVoteStaysCounted() {
		int first = this.day.take(1, 10);

		this.day.settled(1, 10, first, true);

		assertThat(this.day.votesFor(10)).isEqualTo(1);
		assertThat(this.day.take(1, 11)).isEqualTo(1);
	}

	@Test
	void afterVotesReadFromTheDatabaseTheNextNumberFollowsTheHighest() {
		// a gap the database shows (a number never stored) is not filled: a vote numbered n must have been
		// judged against every vote numbered below n
		this.day.holds(1, 10, 0);
		this.day.holds(1, 11, 2);

		assertThat(this.day.votesToday()).isEqualTo(2);
		assertThat(this.day.take(1, 12)).isEqualTo(3);
	}

	@Test
	void aBusyVoterKeepsEveryVote() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.day.take(1, 10 + i % 5)).isEqualTo(i);
		}
		assertThat(this.day.votesToday()).isEqualTo(100);
		assertThat(this.day.votesFor(10)).isEqualTo(20);
	}

	@Test
	void theNextVoteIsJudgedOnlyOnceThePreviousHasSettled() {
		CompletableFuture<String> firstCommit = new CompletableFuture<>();
		AtomicInteger judged = new AtomicInteger();
		CompletableFuture<String> first = this.day.inTurn(() -> {
			judged.incrementAndGet();
			return firstCommit;
		});

		CompletableFuture<String> second = this.day.inTurn(() -> {
			judged.incrementAndGet();
			return CompletableFuture.completedFuture("second");
		});

		assertThat(judged).hasValue(1);
		assertThat(second).isNotDone();
		this.day.settled(1, 10, 0, true);
		firstCommit.complete("first");
		assertThat(first).isCompletedWithValue("first");
		assertThat(judged).hasValue(2);
		assertThat(second).isCompletedWithValue("second");
	}

	@Test
	void aVoteAlreadySettledWhenCastDoesNotHoldUpTheNext() {
		this.day.inTurn(() -> CompletableFuture.completedFuture("refused by a rule"));

		assertThat(this.day.inTurn(() -> CompletableFuture.completedFuture("next"))).isCompletedWithValue("next");
	}

	@Test
	void theNextVoteIsJudgedAfterAFailedOneAsWell() {
		CompletableFuture<String> firstCommit = new CompletableFuture<>();
		this.day.inTurn(() -> firstCommit);
		CompletableFuture<String> second = this.day.inTurn(() -> CompletableFuture.completedFuture("second"));

		this.day.settled(1, 10, 0, false);
		firstCommit.completeExceptionally(new IllegalStateException("rolled back"));

		assertThat(second).isCompletedWithValue("second");
	}

}
