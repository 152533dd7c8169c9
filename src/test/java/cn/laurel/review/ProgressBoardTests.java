package cn.laurel.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.org.Capacity;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress board's counts and highlights, without Spring. */
class ProgressBoardTests {

	private static final Instant NOW = Instant.parse("2021-10-08T02:00:00Z");

	private static final ProgressBoard.CategoryLine PERSON = new ProgressBoard.CategoryLine(1, "党员服务标兵", List.of());

	private static final ProgressBoard.CategoryLine PROJECT = new ProgressBoard.CategoryLine(2, "实事项目",
			List.of(new Allocation(100L, null, 2)));

	private static final ProgressBoard.UnitLine COUNTY = new ProgressBoard.UnitLine(100, "某县区",
			UnitType.COUNTY);

	@Test
	void seed003CountiesNeedThreePerCategoryAndAreMarkedPerCategoryBelowIt() {
		List<ProgressBoard.Row> rows = ProgressBoard.of(
				List.of(new NominationLimit(UnitType.COUNTY, 1L, 3, 3)), List.of(PERSON, PROJECT), List.of(COUNTY),
				List.of(nomination(1, 1, NominationStatus.CANDIDATE), nomination(2, 1, NominationStatus.REJECTED),
						nomination(3, 2, NominationStatus.IN_REVIEW)),
				Map.of(), NOW);

		ProgressBoard.Row county = rows.get(0);
		assertThat(county.limit()).isNull();
		assertThat(county.belowMinimum()).isFalse();
		ProgressBoard.Cell person = county.cells().get(0);
		assertThat(person.limit()).isEqualTo(new ProgressBoard.Limit(3, 3));
		assertThat(person.counts().counted()).isEqualTo(1);
		assertThat(person.belowMinimum()).isTrue();
		assertThat(person.counts().of(Progress.PASSED)).isEqualTo(1);
		assertThat(person.counts().of(Progress.REFUSED)).isEqualTo(1);
		ProgressBoard.Cell project = county.cells().get(1);
		assertThat(project.limit()).isEqualTo(new ProgressBoard.Limit(0, 2));
		assertThat(project.belowMinimum()).isFalse();
	}

	@Test
	void aStepWaitingLongerThanTheOverdueLineIsCountedOverdue() {
		Instant overdueBefore = NOW.minus(3, ChronoUnit.DAYS);
		List<ProgressBoard.Row> rows = ProgressBoard.of(List.of(), List.of(PERSON), List.of(COUNTY),
				List.of(waitingAtTown(1), waitingAtTown(2)),
				Map.of(1L, overdueBefore.minusSeconds(60), 2L, overdueBefore.plusSeconds(60)), overdueBefore);

		assertThat(rows.get(0).total().waiting())
			.containsExactly(new ProgressBoard.Waiting(Capacity.TOWN, 2, 1));
		assertThat(rows.get(0).total().submitted()).isEqualTo(2);
	}

	@Test
	void draftsAreCountedButNeitherSubmittedNorAgainstTheMinimum() {
		List<ProgressBoard.Row> rows = ProgressBoard.of(List.of(new NominationLimit(UnitType.COUNTY, null, 1, 2)),
				List.of(PERSON), List.of(COUNTY), List.of(nomination(1, 1, NominationStatus.DRAFT)), Map.of(), NOW);

		ProgressBoard.Row county = rows.get(0);
		assertThat(county.total().of(Progress.DRAFT)).isEqualTo(1);
		assertThat(county.total().submitted()).isZero();
		assertThat(county.belowMinimum()).isTrue();
	}

	@Test
	void aCountyLimitOverTheUnitsBelowShowsWhatItsTownsUseAndTheirNominationsMeetItsMinimum() {
		Unit county = unit(100, UnitType.COUNTY, null);
		Unit town = unit(101, UnitType.TOWN, 100L);
		List<ProgressBoard.Row> rows = ProgressBoard.of(
				List.of(new NominationLimit(UnitType.COUNTY, 1L, 1, 2, NominationLimit.Reach.WITH_UNITS_BELOW)),
				List.of(PERSON), List.of(COUNTY),
				List.of(fromTown(1, NominationStatus.ENDORSING), fromTown(2, NominationStatus.CANDIDATE),
						fromTown(3, NominationStatus.REJECTED)),
				Map.of(), NOW, new UnitTree(List.of(county, town)));

		ProgressBoard.Cell person = rows.get(0).cells().get(0);
		assertThat(person.counts().counted()).isZero();
		assertThat(person.limit()).isEqualTo(new ProgressBoard.Limit(1, 2, true, 2));
		assertThat(person.belowMinimum()).isFalse();
	}

	private static NominationSummary fromTown(long id, NominationStatus status) {
		return new NominationSummary(id, 9, PERSON.id(), 101, "nominee " + id, status, null, false, null, null, 0, NOW,
				NOW, false, null);
	}

	private static Unit unit(long id, UnitType type, Long parentId) {
		Unit unit = new Unit("U" + id, "单位" + id, type, parentId);
		ReflectionTestUtils.setField(unit, "id", id);
		return unit;
	}

	private static NominationSummary nomination(long id, long categoryId, NominationStatus status) {
		return new NominationSummary(id, 9, categoryId, COUNTY.id(), "nominee " + id, status, null, false, null, null, 0,
				NOW, NOW, false, null);
	}

	private static NominationSummary waitingAtTown(long id) {
		return new NominationSummary(id, 9, PERSON.id(), COUNTY.id(), "nominee " + id, NominationStatus.ENDORSING, null,
				false, 500L, Capacity.TOWN, 1, NOW, NOW, false, NOW);
	}

}
