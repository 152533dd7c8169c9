package cn.laurel.campaign;

import cn.laurel.org.UnitType;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How many nominations a unit of a type may (and must) submit: across the whole campaign when
 * {@code categoryId} is {@code null} (seed 000: 1–2 per unit), else per category (seed 003: 1 per
 * category for 市直单位, 3 for 县区). {@code reach} says whose nominations use the unit's places: its own
 * only, or also those of every unit below it (seed 003: a 县区's three include its 乡镇's).
 */
@Table("nomination_limit")
public record NominationLimit(UnitType unitType, Long categoryId, int minCount, int maxCount, Reach reach) {

	@PersistenceCreator
	public NominationLimit {
		reach = reach == null ? Reach.UNIT_ALONE : reach;
	}

	/** A limit on the unit's own nominations. */
	public NominationLimit(UnitType unitType, Long categoryId, int minCount, int maxCount) {
		this(unitType, categoryId, minCount, maxCount, Reach.UNIT_ALONE);
	}

	public boolean isCampaignWide() {
		return this.categoryId == null;
	}

	/** Whether the nominations of the units below the unit count against its limit too. */
	public boolean countsUnitsBelow() {
		return this.reach == Reach.WITH_UNITS_BELOW;
	}

	/** Whose nominations use a unit's places. */
	public enum Reach {

		/** The unit's own nominations only (seed 000: each 中队 1–2). */
		UNIT_ALONE,
		/** The unit's and those of every unit below it in the organisation tree (seed 003: 县区 层层推选). */
		WITH_UNITS_BELOW;

		public String messageKey() {
			return "limit-reach." + name();
		}

	}

}
