package cn.laurel.campaign;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of the endorsement chain that nominations from units of {@code unitType} walk, in {@code stepOrder}, named
 * as the form names the opinion it collects. Seed 000: a 派驻中队 needs 部门负责人意见 → 镇街（功能区、保护区）意见 (seal) →
 * 分管（联系）局领导意见. A step that names a category belongs to that category's own chain, which replaces the
 * campaign-wide one (no category) for its unit type: seed 003's three forms each have their own rows.
 *
 * @param categoryId the category whose chain it belongs to, or {@code null} for every category without its own
 * @param title the opinion it collects in the form's words, e.g. 所在单位纪检监察部门意见; printed as the row's label
 * @param capacity the role in which the endorser signs at that unit
 * @param endorserUnit where that endorser sits relative to the nominating unit
 * @param parentLevel with {@link EndorserUnit#PARENT_UNIT}, how many levels up (1 is the unit right above); else 0
 * @param sealRequired whether the step records a seal (an uploaded stamped image or an electronic seal)
 * @param veto whether a 不同意 here ends the nomination for good instead of returning it
 * @param consultationRequired whether the 征求意见表 of same-level departments (seed 002 附件4) must be attached
 * before the step can be signed
 */
@Table("endorsement_step")
public record EndorsementStep(UnitType unitType, Long categoryId, int stepOrder, String title, Capacity capacity,
		EndorserUnit endorserUnit, int parentLevel, boolean sealRequired, boolean veto, boolean consultationRequired) {

	/** The longest title a form's row label may have. */
	static final int TITLE_MAX = 40;

	public EndorsementStep {
		title = title == null || title.isBlank() ? null : title.strip();
		parentLevel = endorserUnit == EndorserUnit.PARENT_UNIT ? Math.max(1, parentLevel) : 0;
	}

	/** Whether it belongs to {@code categoryId}'s own chain. */
	boolean belongsTo(Long categoryId) {
		return this.categoryId != null && this.categoryId.equals(categoryId);
	}

	/** Where the endorser of a step sits, seen from the nominating unit. */
	public enum EndorserUnit {

		/** The nominating unit itself (部门负责人, its own 纪检监察). */
		OWN_UNIT,
		/** The town a 派驻中队 is stationed in. */
		STATIONED_TOWN,
		/** A unit above the nominating one, {@code parentLevel} levels up (分管局领导 at the 局). */
		PARENT_UNIT,
		/** The campaign's organising unit. */
		ORGANISER_UNIT;

		public String messageKey() {
			return "endorser-unit." + name();
		}

	}

}
