package cn.laurel.campaign;

import cn.laurel.org.UnitType;

import org.springframework.data.relational.core.mapping.Table;

/**
 * How many nominations a unit of a type may (and must) submit: across the whole campaign when
 * {@code categoryId} is {@code null} (seed 000: 1–2 per unit), else per category (seed 003: 1 per
 * category for 市直单位, 3 for 县区).
 */
@Table("nomination_limit")
public record NominationLimit(UnitType unitType, Long categoryId, int minCount, int maxCount) {

	public boolean isCampaignWide() {
		return this.categoryId == null;
	}

}
