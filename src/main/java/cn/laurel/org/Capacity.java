package cn.laurel.org;

/** The capacity in which an endorser signs an opinion; chain steps are configured by capacity. */
public enum Capacity {

	/** 部门负责人. */
	DEPARTMENT_HEAD,
	/** 镇街（功能区、保护区）, whose step may require the seal. */
	TOWN,
	/** 分管（联系）领导. */
	LEADER_IN_CHARGE,
	/** 纪检监察. */
	DISCIPLINE,
	/** 组织人事. */
	PERSONNEL;

	public String messageKey() {
		return "capacity." + name();
	}

}
