package cn.laurel.org;

/**
 * Kinds of organisation the seeds nominate from or endorse in. Nomination limits and
 * endorsement chains are configured per unit type.
 */
public enum UnitType {

	/** The organising body itself: a 局, 厅, 市委宣传部 or 镇党委. */
	AUTHORITY,
	/** 机关科室（中心）. */
	OFFICE_SECTION,
	/** 直属中队. */
	DIRECT_SQUADRON,
	/** 派驻中队, stationed in a town which must endorse its nominations (seed 000). */
	STATIONED_SQUADRON,
	/** 镇街 / 功能区 / 保护区. */
	TOWN,
	/** 地市 (seed 002 allocates quotas per city). */
	CITY,
	/** 县区 (seed 003: three nominations per category). */
	COUNTY,
	/** 市直单位 (seed 003: one nomination per category). */
	CITY_DEPARTMENT,
	/** 人民团体. */
	PEOPLES_ORGANISATION,
	/** 重点企业. */
	KEY_ENTERPRISE,
	/** 高等院校. */
	UNIVERSITY,
	/** 党委. */
	PARTY_COMMITTEE,
	/** 党支部 (seed 004: allocations per branch). */
	PARTY_BRANCH,
	/** 媒体. */
	MEDIA,
	/** 社会组织. */
	SOCIAL_ORGANISATION,
	/** 其他. */
	OTHER;

	/** Message key of the Chinese / English name. */
	public String messageKey() {
		return "unit-type." + name();
	}

}
