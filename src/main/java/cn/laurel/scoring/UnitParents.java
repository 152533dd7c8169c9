package cn.laurel.scoring;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/** The organisation tree as scoring needs it: each unit's parent, for recusals and regional allocations. */
@Component
class UnitParents {

	private final Units units;

	UnitParents(Units units) {
		this.units = units;
	}

	Map<Long, Long> load() {
		Map<Long, Long> parents = new HashMap<>();
		for (Unit unit : this.units.findAll()) {
			if (unit.getParentId() != null) {
				parents.put(unit.getId(), unit.getParentId());
			}
		}
		return parents;
	}

	/** The unit and every unit above it, nearest first. */
	static Set<Long> line(long unitId, Map<Long, Long> parents) {
		Set<Long> line = new LinkedHashSet<>();
		Long unit = unitId;
		// the set also stops at a cycle, which the organisation module never stores anyway
		while (unit != null && line.add(unit)) {
			unit = parents.get(unit);
		}
		return line;
	}

}
