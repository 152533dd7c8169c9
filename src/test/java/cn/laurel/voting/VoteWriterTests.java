package cn.laurel.voting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group-commit writer acknowledges a vote only after the batch holding it has committed. */
class VoteWriterTests {

	private final CountDownLatch commit = new CountDownLatch(1);

	private final CountDownLatch storing = new CountDownLatch(1);

	private final List<List<NewVote>> batches = new ArrayList<>();

	private VoteWriter writer;

	@AfterEach
	void stop() {
		this.commit.countDown();
		if (this.writer != null && this.writer.isRunning()) {
			this.writer.stop();
		}
	}

	@Test
	void aVoteIsNotAcknowledgedBeforeItsBatchCommits() throws Exception {
		start(votes -> {
			this.storing.countDown();
			await(this.commit);
			return stored(votes.size());
		}, 100);

		CompletableFuture<VoteWriter.Outcome> outcome = this.writer.submit(vote(1));
		assertThat(this.storing.await(5, TimeUnit.SECONDS)).isTrue();
		Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> !outcome.isDone());

		this.commit.countDown();
		assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.STORED);
	}

	@Test
	void votesQueuedDuringACommitGoIntoOneBatchSortedByKey() throws Exception {
		start(votes -> {
			synchronized (this.batches) {
				this.batches.add(votes);
			}
			this.storing.countDown();
			await(this.commit);
			return stored(votes.size());
		}, 100);
		CompletableFuture<VoteWriter.Outcome> first = this.writer.submit(vote(1));
		assertThat(this.storing.await(5, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<VoteWriter.Outcome>> waiting = List.of(this.writer.submit(vote(30)),
				this.writer.submit(vote(20)), this.writer.submit(vote(10)));

		this.commit.countDown();
		for (CompletableFuture<VoteWriter.Outcome> outcome : waiting) {
			assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.STORED);
		}
		assertThat(first.get()).isEqualTo(VoteWriter.Outcome.STORED);
		assertThat(this.batches).hasSize(2);
		assertThat(this.batches.get(1)).extracting(NewVote::candidateId).containsExactly(10L, 20L, 30L);
	}

	@Test
	void votesArrivingWhileTheWriterLingersShareItsCommit() throws Exception {
		this.writer = new VoteWriter(votes -> {
			synchronized (this.batches) {
				this.batches.add(votes);
			}
			return stored(votes.size());
		}, 1, 1000, 100, Duration.ofMillis(300));
		this.writer.start();

		CompletableFuture<VoteWriter.Outcome> first = this.writer.submit(vote(1));
		// the writer has taken the first vote and lingers
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.queued() == 0);
		CompletableFuture<VoteWriter.Outcome> second = this.writer.submit(vote(2));

		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.STORED);
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.STORED);
		assertThat(this.batches).hasSize(1);
		assertThat(this.batches.get(0)).extracting(NewVote::candidateId).containsExactly(1L, 2L);
	}

	@Test
	void aBatchThatFailsToCommitAcknowledgesNothing() {
		start(votes -> {
			throw new IllegalStateException("the database went away");
		}, 100);

		CompletableFuture<VoteWriter.Outcome> outcome = this.writer.submit(vote(1));

		assertThatThrownBy(() -> outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void aVoteWhoseSlotTheDatabaseAlreadyHoldsIsReportedTaken() throws Exception {
		start(votes -> new boolean[votes.size()], 100);

		assertThat(this.writer.submit(vote(1)).get(5, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.TAKEN);
	}

	@Test
	void aFullQueueTurnsVotesAwayAsBusyInsteadOfLettingThemWait() throws Exception {
		start(votes -> {
			this.storing.countDown();
			await(this.commit);
			return stored(votes.size());
		}, 1);
		this.writer.submit(vote(1));
		assertThat(this.storing.await(5, TimeUnit.SECONDS)).isTrue();
		this.writer.submit(vote(2));

		assertThatThrownBy(() -> this.writer.submit(vote(3)).get()).hasCauseInstanceOf(VoteWriter.Busy.class);
	}

	@Test
	void stoppingWritesWhatIsStillQueued() throws Exception {
		start(votes -> stored(votes.size()), 100);
		CompletableFuture<VoteWriter.Outcome> outcome = this.writer.submit(vote(1));

		this.writer.stop();

		assertThat(outcome.get(1, TimeUnit.SECONDS)).isEqualTo(VoteWriter.Outcome.STORED);
	}

	private void start(VoteWriter.BatchStore store, int queueCapacity) {
		this.writer = new VoteWriter(store, 1, 1000, queueCapacity, Duration.ZERO);
		this.writer.start();
	}

	private static boolean[] stored(int size) {
		boolean[] stored = new boolean[size];
		java.util.Arrays.fill(stored, true);
		return stored;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static NewVote vote(long candidateId) {
		// each vote its own number in the day, so that the key order is the candidates' order
		return new NewVote(1, new byte[32], LocalDate.of(2025, 12, 15), candidateId, 1, (int) candidateId,
				Instant.parse("2025-12-15T04:00:00Z"), "203.0.113.7", "203.0.113.0/24", 1, "device");
	}

}
