package cn.laurel.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A run of show presents every honouree of the decision exactly once: an arrangement may reorder them and name who
 * presents each, but neither drop nor add nor repeat anyone.
 */
final class RunOfShow {

	private RunOfShow() {
	}

	/** The items of {@code current} in the arranged order with the arranged presenters. */
	static List<ShowItem> arrange(List<ShowItem> current, List<Ceremonies.Arrangement> arranged) {
		Set<Long> expected = current.stream().map(ShowItem::nominationId).collect(Collectors.toSet());
		Set<Long> seen = new HashSet<>();
		for (Ceremonies.Arrangement a : arranged) {
			if (!expected.contains(a.nominationId()) || !seen.add(a.nominationId())) {
				throw EventRefused.at("show", "event.show.not-each-once");
			}
		}
		if (!seen.equals(expected)) {
			throw EventRefused.at("show", "event.show.not-each-once");
		}
		return arranged.stream()
			.map(a -> current.stream()
				.filter(item -> item.nominationId() == a.nominationId())
				.findFirst()
				.orElseThrow()
				.presentedBy(a.presenter()))
			.toList();
	}

}
