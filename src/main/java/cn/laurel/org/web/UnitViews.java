package cn.laurel.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;

/** Lookups the unit and account pages share: names by id for display, towns for the stationed-at choice. */
final class UnitViews {

	private UnitViews() {
	}

	static Map<Long, String> names(UnitTree tree) {
		Map<Long, String> names = new HashMap<>();
		tree.nodes().forEach(node -> names.put(node.unit().getId(), node.unit().getName()));
		return names;
	}

	static List<Unit> towns(UnitTree tree) {
		return tree.nodes()
			.stream()
			.map(UnitTree.UnitNode::unit)
			.filter(unit -> unit.getType() == UnitType.TOWN)
			.toList();
	}

}
