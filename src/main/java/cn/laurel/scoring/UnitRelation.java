package cn.laurel.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How a judge's unit stands to a candidate's unit when it recuses the judge automatically. */
public enum UnitRelation {

	/** The judge works in the candidate's unit. */
	SAME_UNIT,
	/** The judge's unit is directly above the candidate's. */
	PARENT_UNIT,
	/** The judge's unit is directly below the candidate's. */
	CHILD_UNIT,
	/** The judge's unit is above the candidate's, two or more levels up. */
	SUPERIOR_UNIT,
	/** The judge's unit is below the candidate's, two or more levels down. */
	SUBORDINATE_UNIT;

	public String messageKey() {
		return "scoring.unit-relation." + name();
	}

	/**
	 * The relation that recuses a judge of {@code judgeUnit} from a candidate of {@code candidateUnit}
	 * under {@code scope}, if any.
	 *
	 * @param parents every unit's parent
	 */
	static Optional<UnitRelation> recusing(RecusalScope scope, Long judgeUnit, long candidateUnit,
			Map<Long, Long> parents) {
		if (judgeUnit == null) {
			return Optional.empty();
		}
		if (judgeUnit == candidateUnit) {
			return Optional.of(SAME_UNIT);
		}
		if (scope == RecusalScope.OWN_UNIT) {
			return Optional.empty();
		}
		if (Objects.equals(parents.get(candidateUnit), judgeUnit)) {
			return Optional.of(PARENT_UNIT);
		}
		if (Objects.equals(parents.get(judgeUnit), candidateUnit)) {
			return Optional.of(CHILD_UNIT);
		}
		if (scope == RecusalScope.ALL_SUPERIOR_AND_SUBORDINATE_UNITS) {
			if (UnitParents.line(candidateUnit, parents).contains(judgeUnit)) {
				return Optional.of(SUPERIOR_UNIT);
			}
			if (UnitParents.line(judgeUnit, parents).contains(candidateUnit)) {
				return Optional.of(SUBORDINATE_UNIT);
			}
		}
		return Optional.empty();
	}

}
