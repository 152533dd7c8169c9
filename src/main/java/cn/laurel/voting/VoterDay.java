package cn.laurel.voting;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The slots one voter has used on one day of one campaign: the n-th vote of the day, of a category
 * and for a candidate. A vote takes the lowest free slot of each, so that a slot given back (a
 * failed write) is used again and the counts never drift from what the database holds.
 * <p>
 * A node keeps one of these for every voter of the last hours, most holding one or two votes, so a
 * day is a single packed array of its votes (category, candidate and the three slots) rather than
 * maps of bit sets: a tenth of the memory, and of the garbage collector's work at a peak of new
 * voters. Callers synchronise on the instance.
 */
final class VoterDay {

	/** Longs per vote: category id, candidate id, the slots packed. */
	private static final int STRIDE = 3;

	private static final int CATEGORY = 0;

	private static final int CANDIDATE = 1;

	private static final int SLOTS = 2;

	private long[] votes = new long[STRIDE];

	private int size;

	int votesToday() {
		return this.size;
	}

	int votesIn(long categoryId) {
		return count(CATEGORY, categoryId);
	}

	int votesFor(long candidateId) {
		return count(CANDIDATE, candidateId);
	}

	Admission.Slots take(long categoryId, long candidateId) {
		Admission.Slots slots = new Admission.Slots(lowestFree(-1, 0, Slot.DAY), lowestFree(CATEGORY, categoryId,
				Slot.CATEGORY), lowestFree(CANDIDATE, candidateId, Slot.CANDIDATE));
		holds(categoryId, candidateId, slots);
		return slots;
	}

	/** Marks slots the database already holds as used. */
	void holds(long categoryId, long candidateId, Admission.Slots slots) {
		if ((this.size + 1) * STRIDE > this.votes.length) {
			this.votes = Arrays.copyOf(this.votes, this.votes.length * 2);
		}
		int at = this.size++ * STRIDE;
		this.votes[at + CATEGORY] = categoryId;
		this.votes[at + CANDIDATE] = candidateId;
		this.votes[at + SLOTS] = Slot.pack(slots);
	}

	/** Frees the slots of a vote that was not stored. */
	void giveBack(long categoryId, long candidateId, Admission.Slots slots) {
		long packed = Slot.pack(slots);
		for (int at = 0; at < this.size * STRIDE; at += STRIDE) {
			if (this.votes[at + CATEGORY] == categoryId && this.votes[at + CANDIDATE] == candidateId
					&& this.votes[at + SLOTS] == packed) {
				int last = --this.size * STRIDE;
				System.arraycopy(this.votes, last, this.votes, at, STRIDE);
				return;
			}
		}
	}

	private int count(int field, long id) {
		int count = 0;
		for (int at = 0; at < this.size * STRIDE; at += STRIDE) {
			if (this.votes[at + field] == id) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The lowest slot of {@code slot} not used by the votes whose {@code field} is {@code id} (every vote for a
	 * negative field). Slots are almost always 0..n-1 already, which a count and a maximum show without a set.
	 */
	private int lowestFree(int field, long id, Slot slot) {
		int count = 0;
		int highest = -1;
		for (int at = 0; at < this.size * STRIDE; at += STRIDE) {
			if (field < 0 || this.votes[at + field] == id) {
				count++;
				highest = Math.max(highest, slot.of(this.votes[at + SLOTS]));
			}
		}
		if (highest == count - 1) {
			return count;
		}
		BitSet used = new BitSet(highest + 1);
		for (int at = 0; at < this.size * STRIDE; at += STRIDE) {
			if (field < 0 || this.votes[at + field] == id) {
				used.set(slot.of(this.votes[at + SLOTS]));
			}
		}
		return used.nextClearBit(0);
	}

	/** The three slots of a vote, 21 bits each in one long. */
	private enum Slot {

		DAY(42), CATEGORY(21), CANDIDATE(0);

		private static final long MASK = (1L << 21) - 1;

		private final int shift;

		Slot(int shift) {
			this.shift = shift;
		}

		int of(long packed) {
			return (int) ((packed >>> this.shift) & MASK);
		}

		static long pack(Admission.Slots slots) {
			return ((long) slots.day() << DAY.shift) | ((long) slots.category() << CATEGORY.shift)
					| slots.candidate();
		}

	}

}
