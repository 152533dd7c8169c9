package cn.laurel.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NominatingScope;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.PreliminaryReview;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/**
 * Gathers what the progress board of a campaign needs. The units listed are those expected to
 * nominate (active units of a type with a nomination limit within the campaign's nominating scope, units
 * with an allocation) and every unit that did nominate.
 */
@Component
public class ProgressBoards {

	private final PreliminaryReview preliminaryReview;

	private final NominationReader reader;

	private final Units units;

	private final ReviewSettings settings;

	private final Clock clock;

	ProgressBoards(PreliminaryReview preliminaryReview, NominationReader reader, Units units, ReviewSettings settings,
			Clock clock) {
		this.preliminaryReview = preliminaryReview;
		this.reader = reader;
		this.units = units;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The board for the signed-in organiser, from the access-checked {@link PreliminaryReview#ofCampaign};
	 * each waiting nomination is read to learn since when it waits.
	 */
	public List<ProgressBoard.Row> forOrganiser(Campaign campaign, List<Category> categories) {
		List<NominationSummary> nominations = this.preliminaryReview.ofCampaign(campaign.getId());
		Map<Long, Instant> waitingSince = new HashMap<>();
		nominations.stream()
			.filter(n -> n.status() == NominationStatus.ENDORSING)
			.forEach(n -> this.reader.read(n.id()).waitingSince().ifPresent(at -> waitingSince.put(n.id(), at)));
		Instant overdueBefore = this.clock.instant().minus(Duration.ofDays(this.settings.overdueDays()));
		return rows(campaign, categories, nominations, waitingSince, overdueBefore);
	}

	/** The board without waiting times, for the reminders that run as nobody. */
	List<ProgressBoard.Row> forReminders(Campaign campaign, List<Category> categories) {
		return rows(campaign, categories, this.reader.summariesOf(campaign.getId()), Map.of(), Instant.MIN);
	}

	private List<ProgressBoard.Row> rows(Campaign campaign, List<Category> categories,
			List<NominationSummary> nominations, Map<Long, Instant> waitingSince, Instant overdueBefore) {
		List<NominationLimit> limits = campaign.getNominationLimits();
		Set<UnitType> limitedTypes = new HashSet<>();
		limits.forEach(limit -> limitedTypes.add(limit.unitType()));
		Set<Long> named = new HashSet<>();
		categories.forEach(category -> category.getAllocations().stream().map(Allocation::unitId).forEach(named::add));
		nominations.forEach(n -> named.add(n.unitId()));
		UnitTree tree = this.units.tree();
		NominatingScope scope = NominatingScope.of(campaign, tree);
		List<ProgressBoard.UnitLine> lines = tree.nodes()
			.stream()
			.map(UnitTree.UnitNode::unit)
			.filter(unit -> named.contains(unit.getId())
					|| (unit.isActive() && limitedTypes.contains(unit.getType()) && scope.includes(unit.getId())))
			.sorted(Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getName))
			.map(unit -> new ProgressBoard.UnitLine(unit.getId(), unit.getName(), unit.getType()))
			.toList();
		List<ProgressBoard.CategoryLine> columns = categories.stream()
			.map(category -> new ProgressBoard.CategoryLine(category.getId(), category.getName(),
					category.getAllocations()))
			.toList();
		return ProgressBoard.of(limits, columns, lines, nominations, waitingSince, overdueBefore, tree);
	}

}
