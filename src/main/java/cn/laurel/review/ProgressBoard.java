package cn.laurel.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.org.Capacity;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;

/**
 * The progress board (调度, seeds 001/002): per unit and category what was drafted, submitted,
 * where it waits and how 初审 ended, against the unit's limit (with a limit over the units below it, against
 * what its whole tree uses). A unit below the minimum of its
 * nomination limit is marked, and so is a chain step that has waited past the overdue line.
 * Places are counted as the submission rules count them ({@code countsAgainstLimits}).
 */
public final class ProgressBoard {

	private ProgressBoard() {
	}

	/** A nominating (or allocated) unit as the board lists it. */
	public record UnitLine(long id, String name, UnitType type) {
	}

	/** A category and the places it allocates per unit, if any. */
	public record CategoryLine(long id, String name, List<Allocation> allocations) {
	}

	/**
	 * How many nominations a unit must and may make; an allocation only caps (its minimum is 0).
	 *
	 * @param withUnitsBelow whether the nominations of the units below it use its places too (seed 003: 县区)
	 * @param treeUsed the places the unit and the units below it use, for such a limit; else 0
	 */
	public record Limit(int min, int max, boolean withUnitsBelow, int treeUsed) {

		Limit(int min, int max) {
			this(min, max, false, 0);
		}

		/** What counts against the minimum: the tree's places for a limit over it, else the unit's own. */
		int used(Counts own) {
			return this.withUnitsBelow ? this.treeUsed : own.counted();
		}

		public boolean isExceeded() {
			return this.withUnitsBelow && this.treeUsed > this.max;
		}

	}

	/** Nominations waiting at one kind of step, and how many of them are overdue. */
	public record Waiting(Capacity capacity, int count, int overdue) {
	}

	/** Counts of one unit in one category (or in all categories, for the unit's total). */
	public record Counts(Map<Progress, Integer> byProgress, List<Waiting> waiting, int counted) {

		public int of(Progress progress) {
			return this.byProgress.getOrDefault(progress, 0);
		}

		/** The count of a {@link Progress} named in a template. */
		public int count(String progress) {
			return of(Progress.valueOf(progress));
		}

		/** Everything that left the drafting desk. */
		public int submitted() {
			return this.byProgress.entrySet().stream()
				.filter(entry -> entry.getKey() != Progress.DRAFT)
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

		public int total() {
			return this.byProgress.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	public record Cell(CategoryLine category, Limit limit, Counts counts, boolean belowMinimum) {
	}

	/**
	 * @param limit the campaign-wide limit of the unit's type ({@code null} when limits are per category)
	 */
	public record Row(UnitLine unit, Limit limit, Counts total, boolean belowMinimum, List<Cell> cells) {
	}

	/**
	 * @param waitingSince when each waiting nomination reached its step
	 * @param overdueBefore a step reached before this instant is overdue
	 */
	static List<Row> of(List<NominationLimit> limits, List<CategoryLine> categories, List<UnitLine> units,
			List<NominationSummary> nominations, Map<Long, Instant> waitingSince, Instant overdueBefore) {
		return of(limits, categories, units, nominations, waitingSince, overdueBefore, new UnitTree(List.of()));
	}

	/**
	 * @param tree the organisation, for limits that count the units below a unit: their use is the nominations
	 * of the unit's whole tree
	 */
	static List<Row> of(List<NominationLimit> limits, List<CategoryLine> categories, List<UnitLine> units,
			List<NominationSummary> nominations, Map<Long, Instant> waitingSince, Instant overdueBefore,
			UnitTree tree) {
		Predicate<NominationSummary> overdue = n -> Optional.ofNullable(waitingSince.get(n.id()))
			.filter(since -> since.isBefore(overdueBefore))
			.isPresent();
		List<Row> rows = new ArrayList<>();
		for (UnitLine unit : units) {
			List<NominationSummary> own = nominations.stream().filter(n -> n.unitId() == unit.id()).toList();
			Set<Long> below = tree.selfAndDescendants(unit.id());
			List<NominationSummary> ofTree = nominations.stream()
				.filter(n -> below.contains(n.unitId()) && n.status().countsAgainstLimits())
				.toList();
			Limit wide = limits.stream()
				.filter(l -> l.unitType() == unit.type() && l.isCampaignWide())
				.findFirst()
				.map(l -> limit(l, ofTree))
				.orElse(null);
			List<Cell> cells = new ArrayList<>();
			for (CategoryLine category : categories) {
				Counts counts = counts(own.stream().filter(n -> n.categoryId() == category.id()).toList(), overdue);
				Limit limit = categoryLimit(limits, category, unit,
						ofTree.stream().filter(n -> n.categoryId() == category.id()).toList());
				cells.add(new Cell(category, limit, counts, limit != null && limit.used(counts) < limit.min()));
			}
			Counts total = counts(own, overdue);
			rows.add(new Row(unit, wide, total, wide != null && wide.used(total) < wide.min(), cells));
		}
		return rows;
	}

	/** The per-category limit of the unit's type, else the category's allocation to the unit. */
	private static Limit categoryLimit(List<NominationLimit> limits, CategoryLine category, UnitLine unit,
			List<NominationSummary> ofTree) {
		Optional<Limit> byType = limits.stream()
			.filter(l -> l.unitType() == unit.type() && Objects.equals(l.categoryId(), category.id()))
			.findFirst()
			.map(l -> limit(l, ofTree));
		if (byType.isPresent()) {
			return byType.get();
		}
		List<Allocation> allocated = category.allocations().stream()
			.filter(a -> Objects.equals(a.unitId(), unit.id()))
			.toList();
		return allocated.isEmpty() ? null : new Limit(0, allocated.stream().mapToInt(Allocation::quota).sum());
	}

	/** A configured limit; one over the units below carries what the unit's tree uses. */
	private static Limit limit(NominationLimit limit, List<NominationSummary> ofTree) {
		return limit.countsUnitsBelow() ? new Limit(limit.minCount(), limit.maxCount(), true, ofTree.size())
				: new Limit(limit.minCount(), limit.maxCount());
	}

	private static Counts counts(List<NominationSummary> nominations, Predicate<NominationSummary> overdue) {
		Map<Progress, Integer> byProgress = new EnumMap<>(Progress.class);
		nominations.forEach(n -> byProgress.merge(Progress.of(n.status()), 1, Integer::sum));
		List<Waiting> waiting = nominations.stream()
			.filter(n -> n.waitingCapacity() != null && Progress.of(n.status()) == Progress.WAITING)
			.collect(Collectors.groupingBy(NominationSummary::waitingCapacity, () -> new EnumMap<>(Capacity.class),
					Collectors.toList()))
			.entrySet()
			.stream()
			.map(entry -> new Waiting(entry.getKey(), entry.getValue().size(),
					(int) entry.getValue().stream().filter(overdue).count()))
			.toList();
		int counted = (int) nominations.stream().filter(n -> n.status().countsAgainstLimits()).count();
		return new Counts(byProgress, waiting, counted);
	}

}
