package cn.laurel.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.laurel.org.ImportValidator.UnitPlan;

/**
 * The unit tree as an import would leave it: the file's units over the stored ones, so that the rules
 * are checked on the end state whatever order the file lists its units in.
 */
final class TreeAfterImport {

	private final Map<String, UnitPlan> plans;

	private final Map<String, Unit> storedByCode = new HashMap<>();

	private final Map<Long, Unit> storedById = new HashMap<>();

	TreeAfterImport(Collection<Unit> stored, Map<String, UnitPlan> plans) {
		this.plans = plans;
		stored.forEach(unit -> {
			this.storedByCode.put(unit.getCode(), unit);
			this.storedById.put(unit.getId(), unit);
		});
	}

	boolean exists(String code) {
		return this.plans.containsKey(code) || this.storedByCode.containsKey(code);
	}

	UnitType typeOf(String code) {
		UnitPlan plan = this.plans.get(code);
		return (plan != null) ? plan.type() : this.storedByCode.get(code).getType();
	}

	/** Imported units keep their stored active flag; new ones are active. */
	boolean isActive(String code) {
		Unit stored = this.storedByCode.get(code);
		return stored == null || stored.isActive();
	}

	/** Whether {@code code} is {@code start} or above it; stops at a cycle elsewhere in the tree. */
	boolean isAncestorOf(String code, String start) {
		Set<String> seen = new HashSet<>();
		for (String current = start; current != null && seen.add(current); current = parentOf(current)) {
			if (current.equals(code)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A stored squadron that is stationed at {@code code}, a stored town, and that the file leaves where it
	 * is: the town cannot stop being one under it.
	 */
	Optional<Unit> squadronLeftAtStoredTown(String code) {
		Unit town = this.storedByCode.get(code);
		if (town == null || town.getType() != UnitType.TOWN) {
			return Optional.empty();
		}
		return this.storedById.values()
			.stream()
			.filter(unit -> town.getId().equals(unit.getStationedAtId()) && !this.plans.containsKey(unit.getCode()))
			.findFirst();
	}

	private String parentOf(String code) {
		UnitPlan plan = this.plans.get(code);
		if (plan != null) {
			return plan.parentCode();
		}
		Unit stored = this.storedByCode.get(code);
		Unit parent = (stored != null && stored.getParentId() != null) ? this.storedById.get(stored.getParentId())
				: null;
		return (parent != null) ? parent.getCode() : null;
	}

}
