package cn.laurel.voting;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What one voter has cast on one day of one campaign: each vote's category and candidate, and its number
 * in the day ({@code seq}, from 0). A new vote takes the number after the highest known, and the database
 * holds each number once: so a node that judged a vote against everything numbered before it can store
 * it, and a node that missed a vote (stored through another node, or before a restart) is refused the
 * number and reads the day again.
 * <p>
 * For that to hold, a vote is judged only against stored votes: the voter's next vote on this node waits
 * until the previous one has settled ({@link #inTurn}), and a vote not stored is forgotten
 * ({@link #settled}). A voter casts votes one by one anyway, so the wait costs them nothing.
 * <p>
 * A node keeps one of these for every voter of the last hours, most holding one or two votes, so a day is
 * a single packed array of its votes rather than a list of objects: a tenth of the memory, and of the
 * garbage collector's work at a peak of new voters. Callers synchronise on the instance.
 */
final class VoterDay {

	/** Longs per vote: category id, candidate id, number in the day. */
	private static final int STRIDE = 3;

	private static final int CATEGORY = 0;

	private static final int CANDIDATE = 1;

	private static final int SEQ = 2;

	private long[] votes = new long[STRIDE];

	private int size;

	/** The vote waiting for its commit, if one is. */
	private CompletableFuture<?> unsettled;

	int votesToday() {
		return this.size;
	}

	int votesIn(long categoryId) {
		return count(CATEGORY, categoryId);
	}

	int votesFor(long candidateId) {
		return count(CANDIDATE, candidateId);
	}

	/** Counts a new vote in, as the number after the highest known, and answers that number. */
	int take(long categoryId, long candidateId) {
		int seq = 0;
		for (int at = SEQ; at < this.size * STRIDE; at += STRIDE) {
			seq = Math.max(seq, (int) this.votes[at] + 1);
		}
		holds(categoryId, candidateId, seq);
		return seq;
	}

	/** Counts in a vote the database holds. */
	void holds(long categoryId, long candidateId, int seq) {
		if ((this.size + 1) * STRIDE > this.votes.length) {
			this.votes = Arrays.copyOf(this.votes, this.votes.length * 2);
		}
		int at = this.size++ * STRIDE;
		this.votes[at + CATEGORY] = categoryId;
		this.votes[at + CANDIDATE] = candidateId;
		this.votes[at + SEQ] = seq;
	}

	/**
	 * Casts a vote ({@code cast} judges and queues it, under this instance's lock) at once if none of the
	 * voter's votes is waiting for its commit, else once that one has {@link #settled}.
	 */
	synchronized <T> CompletableFuture<T> inTurn(Supplier<CompletableFuture<T>> cast) {
		if (this.unsettled != null && !this.unsettled.isDone()) {
			return this.unsettled.handle((settled, failure) -> null).thenCompose(ignored -> inTurn(cast));
		}
		CompletableFuture<T> vote = cast.get();
		if (!vote.isDone()) {
			this.unsettled = vote;
		}
		return vote;
	}

	/**
	 * The vote numbered {@code seq} has settled: stored, or not (then it is forgotten, and its number is
	 * the next vote's). Called before the future {@link #inTurn} returned for it completes.
	 */
	synchronized void settled(long categoryId, long candidateId, int seq, boolean stored) {
		this.unsettled = null;
		if (stored) {
			return;
		}
		for (int at = 0; at < this.size * STRIDE; at += STRIDE) {
			if (this.votes[at + CATEGORY] == categoryId && this.votes[at + CANDIDATE] == candidateId
					&& this.votes[at + SEQ] == seq) {
				int last = --this.size * STRIDE;
				System.arraycopy(this.votes, last, this.votes, at, STRIDE);
				return;
			}
		}
	}

	private int count(int field, long id) {
		int count = 0;
		for (int at = field; at < this.size * STRIDE; at += STRIDE) {
			if (this.votes[at] == id) {
				count++;
			}
		}
		return count;
	}

}
