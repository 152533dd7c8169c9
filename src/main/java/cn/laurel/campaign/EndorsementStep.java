package cn.laurel.campaign;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of the endorsement chain that nominations from units of {@code unitType} walk, in
 * {@code stepOrder}. Seed 000: a 派驻中队 needs 部门负责人 → 镇街 (seal) → 分管局领导.
 *
 * @param capacity in which capacity the endorser signs
 * @param endorserUnit where that endorser sits relative to the nominating unit
 * @param sealRequired whether the step records a seal (an uploaded stamped image or an electronic seal)
 */
@Table("endorsement_step")
public record EndorsementStep(UnitType unitType, int stepOrder, Capacity capacity, EndorserUnit endorserUnit,
		boolean sealRequired) {

	/** Where the endorser of a step sits, seen from the nominating unit. */
	public enum EndorserUnit {

		/** The nominating unit itself (部门负责人, its own 纪检监察). */
		OWN_UNIT,
		/** The town a 派驻中队 is stationed in. */
		STATIONED_TOWN,
		/** The unit above the nominating one (分管局领导 at the 局). */
		PARENT_UNIT,
		/** The campaign's organising unit. */
		ORGANISER_UNIT;

		public String messageKey() {
			return "endorser-unit." + name();
		}

	}

}
