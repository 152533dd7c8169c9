package cn.laurel.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Segment;

/**
 * Orders a category's candidates and fills its places. Candidates are ranked by composite, then by
 * each configured tie-break in turn; those still equal are tied. Places are filled in rank order:
 * a candidate is selected while the quota, their segment's quota and every allocation covering
 * their unit (seed 002 附件1 per city, optionally within a segment) have room, and is otherwise out
 * with that reason. A tie is broken only by a recorded leading-group decision naming exactly the tied
 * candidates; a tie that decides who gets the last places and has no such decision is left pending
 * instead of being broken silently, and the places it contends for stay reserved for it.
 */
public final class Ranking {

	private Ranking() {
	}

	/**
	 * What limits the places: the quota, its segments and the allocations (as caps).
	 */
	record Places(int quota, List<Segment> segments, List<Allocation> allocations) {

		Places {
			segments = List.copyOf(segments);
			allocations = List.copyOf(allocations);
		}

	}

	/**
	 * A candidate as the ranking sees it.
	 *
	 * @param units the candidate's unit and every unit above it, to match allocations by region
	 * @param composite the composite in hundredths of a point, as shown
	 * @param tieBreaks the tie-break values, most important first
	 */
	record Entrant(long id, String segment, Set<Long> units, long composite, long[] tieBreaks) {
	}

	/**
	 * Where a candidate stands.
	 *
	 * @param rank 1 for the first; tied candidates share a rank (1, 2, 2, 4)
	 * @param reason the segment or the allocation's unit id that was full, else {@code null}
	 * @param tiedWith the other candidates of an unbroken tie (or of one the leading group decided)
	 * @param decided whether a leading-group decision ordered this candidate's tie
	 */
	public record Placement(long id, int rank, Outcome outcome, Object reason, List<Long> tiedWith, boolean decided) {
	}

	static List<Placement> rank(Places places, List<Entrant> entrants, List<List<Long>> decisions) {
		List<Entrant> ordered = entrants.stream().sorted(ORDER).toList();
		Fill fill = new Fill(places);
		List<Placement> placements = new ArrayList<>(ordered.size());
		int start = 0;
		while (start < ordered.size()) {
			int end = start + 1;
			while (end < ordered.size() && ORDER_WITHOUT_ID.compare(ordered.get(start), ordered.get(end)) == 0) {
				end++;
			}
			List<Entrant> group = ordered.subList(start, end);
			if (group.size() == 1) {
				placements.add(fill.place(group.get(0), start + 1, List.of(), false));
			}
			else {
				placements.addAll(placeTie(fill, group, start + 1, decisions));
			}
			start = end;
		}
		return placements;
	}

	private static List<Placement> placeTie(Fill fill, List<Entrant> group, int rank, List<List<Long>> decisions) {
		Set<Long> ids = new HashSet<>();
		group.forEach(entrant -> ids.add(entrant.id()));
		List<Long> decision = decisions.stream()
			.filter(order -> order.size() == ids.size() && ids.containsAll(order))
			.findFirst()
			.orElse(null);
		List<Placement> placements = new ArrayList<>(group.size());
		if (decision != null) {
			Map<Long, Entrant> byId = new HashMap<>();
			group.forEach(entrant -> byId.put(entrant.id(), entrant));
			for (int i = 0; i < decision.size(); i++) {
				Entrant entrant = byId.get(decision.get(i));
				placements.add(fill.place(entrant, rank + i, others(group, entrant), true));
			}
			return placements;
		}
		Fill trial = fill.copy();
		Set<Long> fitting = new HashSet<>();
		Set<Long> admitted = new HashSet<>();
		for (Entrant entrant : group) {
			if (fill.refusal(entrant) == null) {
				fitting.add(entrant.id());
			}
			if (trial.place(entrant, rank, List.of(), false).outcome().isSelected()) {
				admitted.add(entrant.id());
			}
		}
		boolean contended = !admitted.equals(fitting);
		for (Entrant entrant : group) {
			Placement placement;
			if (contended && fitting.contains(entrant.id())) {
				placement = new Placement(entrant.id(), rank, Outcome.TIE_PENDING, null, others(group, entrant), false);
			}
			else {
				Refusal refusal = fill.refusal(entrant);
				placement = refusal == null
						? new Placement(entrant.id(), rank, Outcome.SELECTED, null, others(group, entrant), false)
						: new Placement(entrant.id(), rank, refusal.outcome(), refusal.reason(), others(group, entrant),
								false);
			}
			placements.add(placement);
		}
		// The places the tie contends for are taken by it, whoever the leading group puts first.
		fill.adopt(trial);
		return placements;
	}

	private static List<Long> others(List<Entrant> group, Entrant entrant) {
		return group.stream().map(Entrant::id).filter(id -> id != entrant.id()).toList();
	}

	private static final Comparator<Entrant> ORDER_WITHOUT_ID = Comparator.comparingLong(Entrant::composite)
		.reversed()
		.thenComparing((a, b) -> Arrays.compare(b.tieBreaks(), a.tieBreaks()));

	private static final Comparator<Entrant> ORDER = ORDER_WITHOUT_ID.thenComparingLong(Entrant::id);

	private record Refusal(Outcome outcome, Object reason) {
	}

	/** The places taken so far: in all, per segment and per allocation. */
	private static final class Fill {

		private final Places places;

		private int taken;

		private final Map<String, Integer> segmentTaken;

		private final int[] allocationTaken;

		Fill(Places places) {
			this(places, 0, new HashMap<>(), new int[places.allocations().size()]);
		}

		private Fill(Places places, int taken, Map<String, Integer> segmentTaken, int[] allocationTaken) {
			this.places = places;
			this.taken = taken;
			this.segmentTaken = segmentTaken;
			this.allocationTaken = allocationTaken;
		}

		Fill copy() {
			return new Fill(this.places, this.taken, new HashMap<>(this.segmentTaken), this.allocationTaken.clone());
		}

		void adopt(Fill other) {
			this.taken = other.taken;
			this.segmentTaken.clear();
			this.segmentTaken.putAll(other.segmentTaken);
			System.arraycopy(other.allocationTaken, 0, this.allocationTaken, 0, this.allocationTaken.length);
		}

		Placement place(Entrant entrant, int rank, List<Long> tiedWith, boolean decided) {
			Refusal refusal = refusal(entrant);
			if (refusal != null) {
				return new Placement(entrant.id(), rank, refusal.outcome(), refusal.reason(), tiedWith, decided);
			}
			this.taken++;
			if (!this.places.segments().isEmpty()) {
				this.segmentTaken.merge(entrant.segment(), 1, Integer::sum);
			}
			for (int i = 0; i < this.allocationTaken.length; i++) {
				if (covers(this.places.allocations().get(i), entrant)) {
					this.allocationTaken[i]++;
				}
			}
			return new Placement(entrant.id(), rank, Outcome.SELECTED, null, tiedWith, decided);
		}

		Refusal refusal(Entrant entrant) {
			if (this.taken >= this.places.quota()) {
				return new Refusal(Outcome.QUOTA_FULL, null);
			}
			if (!this.places.segments().isEmpty()) {
				Segment segment = this.places.segments().stream()
					.filter(s -> s.name().equals(entrant.segment()))
					.findFirst()
					.orElse(null);
				if (segment == null) {
					return new Refusal(Outcome.SEGMENT_UNKNOWN, null);
				}
				if (this.segmentTaken.getOrDefault(segment.name(), 0) >= segment.quota()) {
					return new Refusal(Outcome.SEGMENT_FULL, segment.name());
				}
			}
			for (int i = 0; i < this.allocationTaken.length; i++) {
				Allocation allocation = this.places.allocations().get(i);
				if (covers(allocation, entrant) && this.allocationTaken[i] >= allocation.quota()) {
					return new Refusal(Outcome.ALLOCATION_FULL, allocation.unitId());
				}
			}
			return null;
		}

		private static boolean covers(Allocation allocation, Entrant entrant) {
			return entrant.units().contains(allocation.unitId())
					&& (allocation.segment() == null || Objects.equals(allocation.segment(), entrant.segment()));
		}

	}

}
