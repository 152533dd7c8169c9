package cn.laurel.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation tree in display order: every unit followed by its children, siblings by sort order then
 * name. A unit whose parent is missing is shown at the top rather than hidden, and a cycle (which the rules
 * prevent) cannot make the walk loop.
 */
public final class UnitTree {

	private final Map<Long, List<Unit>> children = new LinkedHashMap<>();

	private final List<UnitNode> nodes = new ArrayList<>();

	private final Map<Long, Unit> byId = new HashMap<>();

	/** @param units all units, already sorted by sort order and name */
	public UnitTree(List<Unit> units) {
		units.forEach(unit -> this.byId.put(unit.getId(), unit));
		List<Unit> roots = new ArrayList<>();
		for (Unit unit : units) {
			if (unit.getParentId() == null || !this.byId.containsKey(unit.getParentId())) {
				roots.add(unit);
			}
			else {
				this.children.computeIfAbsent(unit.getParentId(), parent -> new ArrayList<>()).add(unit);
			}
		}
		Set<Long> visited = new HashSet<>();
		roots.forEach(root -> walk(root, 0, visited));
	}

	private void walk(Unit unit, int depth, Set<Long> visited) {
		if (!visited.add(unit.getId())) {
			return;
		}
		this.nodes.add(new UnitNode(unit, depth));
		childrenOf(unit.getId()).forEach(child -> walk(child, depth + 1, visited));
	}

	/** All units, parents before their children. */
	public List<UnitNode> nodes() {
		return this.nodes;
	}

	public List<Unit> childrenOf(Long id) {
		return this.children.getOrDefault(id, List.of());
	}

	/** The unit and everything below it. */
	public Set<Long> selfAndDescendants(Long id) {
		Set<Long> result = new HashSet<>();
		List<Long> pending = new ArrayList<>(List.of(id));
		while (!pending.isEmpty()) {
			Long next = pending.remove(pending.size() - 1);
			if (result.add(next)) {
				childrenOf(next).forEach(child -> pending.add(child.getId()));
			}
		}
		return result;
	}

	/** The unit and the units above it, nearest first; empty for a unit the tree does not hold. */
	public List<Unit> selfAndAncestors(Long id) {
		List<Unit> lineage = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Unit next = this.byId.get(id);
		while (next != null && seen.add(next.getId())) {
			lineage.add(next);
			next = next.getParentId() == null ? null : this.byId.get(next.getParentId());
		}
		return lineage;
	}

	/** The unit with {@code id}, if the tree holds it. */
	public Optional<Unit> unit(Long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The top of the tree {@code id} sits in (the unit itself when it has no parent). */
	public Long topOf(Long id) {
		Long top = id;
		Set<Long> seen = new HashSet<>();
		while (seen.add(top) && this.byId.containsKey(top) && this.byId.get(top).getParentId() != null
				&& this.byId.containsKey(this.byId.get(top).getParentId())) {
			top = this.byId.get(top).getParentId();
		}
		return top;
	}

	/**
	 * A unit at its place in the tree.
	 *
	 * @param unit the unit
	 * @param depth 0 for a top-level unit
	 */
	public record UnitNode(Unit unit, int depth) {

		/** The indentation step for the {@code depth-N} CSS classes, which stop at 4. */
		public int indent() {
			return Math.min(this.depth, 4);
		}

		/** The name indented with non-breaking spaces, for drop-down lists that cannot be styled. */
		public String indentedName() {
			return "\u00a0\u00a0\u00a0".repeat(this.depth) + this.unit.getName();
		}

	}

}
