package cn.laurel.org;

/** What an account may do. Every account has exactly one role. */
public enum Role {

	/** 系统管理员: organisations, accounts, templates. */
	ADMIN,
	/** 组织者: the leading-group office running its unit's campaigns. */
	ORGANISER,
	/** 推荐单位经办人: fills and submits nominations for one unit. */
	CLERK,
	/** 审核人: signs opinions at one step of the endorsement chain, for one unit, in one capacity. */
	ENDORSER,
	/** 评委: scores the candidates of their panel. */
	JUDGE;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

	/** Whether accounts of this role act for a unit and therefore must name one. */
	public boolean needsUnit() {
		return this == ORGANISER || this == CLERK || this == ENDORSER;
	}

}
