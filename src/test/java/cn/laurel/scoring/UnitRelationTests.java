package cn.laurel.scoring;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which units recuse a judge automatically, under each of a panel's scopes. */
class UnitRelationTests {

	private static final long PROVINCE = 1;

	private static final long CITY = 2;

	private static final long COUNTY = 3;

	private static final long TOWN = 4;

	private static final long OTHER_CITY = 5;

	/** province > city > county > town, and a second city under the province. */
	private static final Map<Long, Long> PARENTS = Map.of(CITY, PROVINCE, COUNTY, CITY, TOWN, COUNTY, OTHER_CITY,
			PROVINCE);

	@Test
	void ownUnitRecusesOnlyFromTheJudgesOwnUnit() {
		assertThat(relation(RecusalScope.OWN_UNIT, CITY, CITY)).contains(UnitRelation.SAME_UNIT);
		assertThat(relation(RecusalScope.OWN_UNIT, CITY, COUNTY)).isEmpty();
		assertThat(relation(RecusalScope.OWN_UNIT, COUNTY, CITY)).isEmpty();
	}

	@Test
	void parentAndChildUnitsReachOneLevelEachWay() {
		assertThat(relation(RecusalScope.PARENT_AND_CHILD_UNITS, CITY, CITY)).contains(UnitRelation.SAME_UNIT);
		assertThat(relation(RecusalScope.PARENT_AND_CHILD_UNITS, CITY, COUNTY)).contains(UnitRelation.PARENT_UNIT);
		assertThat(relation(RecusalScope.PARENT_AND_CHILD_UNITS, COUNTY, CITY)).contains(UnitRelation.CHILD_UNIT);
		assertThat(relation(RecusalScope.PARENT_AND_CHILD_UNITS, CITY, TOWN)).isEmpty();
		assertThat(relation(RecusalScope.PARENT_AND_CHILD_UNITS, TOWN, PROVINCE)).isEmpty();
	}

	@Test
	void allSuperiorAndSubordinateUnitsReachEveryLevelOfTheLine() {
		RecusalScope scope = RecusalScope.ALL_SUPERIOR_AND_SUBORDINATE_UNITS;
		assertThat(relation(scope, CITY, COUNTY)).contains(UnitRelation.PARENT_UNIT);
		assertThat(relation(scope, COUNTY, CITY)).contains(UnitRelation.CHILD_UNIT);
		assertThat(relation(scope, PROVINCE, TOWN)).contains(UnitRelation.SUPERIOR_UNIT);
		assertThat(relation(scope, CITY, TOWN)).contains(UnitRelation.SUPERIOR_UNIT);
		assertThat(relation(scope, TOWN, PROVINCE)).contains(UnitRelation.SUBORDINATE_UNIT);
		assertThat(relation(scope, TOWN, CITY)).contains(UnitRelation.SUBORDINATE_UNIT);
	}

	@Test
	void noScopeRecusesFromUnitsBesideTheLine() {
		for (RecusalScope scope : RecusalScope.values()) {
			assertThat(relation(scope, OTHER_CITY, TOWN)).as(scope.name()).isEmpty();
			assertThat(relation(scope, TOWN, OTHER_CITY)).as(scope.name()).isEmpty();
			assertThat(relation(scope, CITY, OTHER_CITY)).as(scope.name()).isEmpty();
		}
	}

	@Test
	void aJudgeWithoutAUnitIsNeverRecusedAutomatically() {
		for (RecusalScope scope : RecusalScope.values()) {
			assertThat(UnitRelation.recusing(scope, null, TOWN, PARENTS)).as(scope.name()).isEmpty();
		}
	}

	private static Optional<UnitRelation> relation(RecusalScope scope, long judgeUnit, long candidateUnit) {
		return UnitRelation.recusing(scope, judgeUnit, candidateUnit, PARENTS);
	}

}
