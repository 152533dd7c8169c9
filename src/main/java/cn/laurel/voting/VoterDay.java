package cn.laurel.voting;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The slots one voter has used on one day of one campaign: the n-th vote of the day, of a category
 * and for a candidate. A vote takes the lowest free slot of each, so that a slot given back (a
 * failed write) is used again and the counts never drift from what the database holds.
 * Callers synchronise on the instance.
 */
final class VoterDay {

	private final BitSet day = new BitSet();

	private final Map<Long, BitSet> categories = new HashMap<>();

	private final Map<Long, BitSet> candidates = new HashMap<>();

	int votesToday() {
		return this.day.cardinality();
	}

	int votesIn(long categoryId) {
		BitSet slots = this.categories.get(categoryId);
		return slots == null ? 0 : slots.cardinality();
	}

	int votesFor(long candidateId) {
		BitSet slots = this.candidates.get(candidateId);
		return slots == null ? 0 : slots.cardinality();
	}

	Admission.Slots take(long categoryId, long candidateId) {
		return new Admission.Slots(takeLowest(this.day), takeLowest(slotsOf(this.categories, categoryId)),
				takeLowest(slotsOf(this.candidates, candidateId)));
	}

	/** Marks slots the database already holds as used. */
	void holds(long categoryId, long candidateId, Admission.Slots slots) {
		this.day.set(slots.day());
		slotsOf(this.categories, categoryId).set(slots.category());
		slotsOf(this.candidates, candidateId).set(slots.candidate());
	}

	void giveBack(long categoryId, long candidateId, Admission.Slots slots) {
		this.day.clear(slots.day());
		slotsOf(this.categories, categoryId).clear(slots.category());
		slotsOf(this.candidates, candidateId).clear(slots.candidate());
	}

	private static int takeLowest(BitSet slots) {
		int slot = slots.nextClearBit(0);
		slots.set(slot);
		return slot;
	}

	private static BitSet slotsOf(Map<Long, BitSet> slots, long id) {
		return slots.computeIfAbsent(id, key -> new BitSet());
	}

}
