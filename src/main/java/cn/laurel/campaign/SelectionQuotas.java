package cn.laurel.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/**
 * The places a selection takes (the 公示 shortlist, the decided honour list) against each category's quota, its
 * segments and its allocations. The modules that keep a selection check it with this, so that every selection is
 * measured the way the ranking fills places: an allocation covers its unit and every unit below it, within its
 * segment when it names one.
 */
@Component
public class SelectionQuotas {

	private final Categories categories;

	private final Units units;

	SelectionQuotas(Categories categories, Units units) {
		this.categories = categories;
		this.units = units;
	}

	/**
	 * A place taken: the nomination, its category, the unit that nominated it and its segment ({@code null} when
	 * the category has none).
	 */
	public record Place(long nominationId, long categoryId, long unitId, String segment) {
	}

	/**
	 * Every quota, segment and allocation of the campaign's categories that {@code places} overfill, as violations
	 * of the category coded {@code codePrefix} + {@code .over-quota}, {@code .over-segment} or
	 * {@code .over-allocation}.
	 */
	public List<InvariantViolation> overfilled(long campaignId, List<Place> places, String codePrefix) {
		Map<Long, List<Place>> byCategory = places.stream().collect(Collectors.groupingBy(Place::categoryId));
		List<InvariantViolation> violations = new ArrayList<>();
		UnitTree tree = null;
		for (Category category : this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)) {
			List<Place> taken = byCategory.getOrDefault(category.getId(), List.of());
			if (taken.size() > category.getQuota()) {
				violations.add(InvariantViolation.of(codePrefix + ".over-quota", "category", category.getId(),
						category.getName(), taken.size(), category.getQuota()));
			}
			for (Segment segment : category.getSegments()) {
				long count = count(taken, place -> segment.name().equals(place.segment()));
				if (count > segment.quota()) {
					violations.add(InvariantViolation.of(codePrefix + ".over-segment", "category", category.getId(),
							category.getName(), segment.name(), count, segment.quota()));
				}
			}
			for (Allocation allocation : category.getAllocations()) {
				tree = tree != null ? tree : this.units.tree();
				Set<Long> covered = tree.selfAndDescendants(allocation.unitId());
				long count = count(taken, place -> covered.contains(place.unitId())
						&& (allocation.segment() == null || Objects.equals(allocation.segment(), place.segment())));
				if (count > allocation.quota()) {
					String unit = this.units.findById(allocation.unitId()).map(Unit::getName).orElse("");
					violations.add(InvariantViolation.of(codePrefix + ".over-allocation", "category",
							category.getId(), category.getName(), unit, count, allocation.quota()));
				}
			}
		}
		return violations;
	}

	private static long count(List<Place> places, Predicate<Place> counted) {
		return places.stream().filter(counted).count();
	}

}
