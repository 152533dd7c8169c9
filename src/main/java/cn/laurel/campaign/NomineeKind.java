package cn.laurel.campaign;

/** What a category honours. */
public enum NomineeKind {

	/** 个人: a person (最美综合执法人, 党员服务标兵). */
	PERSON,
	/** 实事 / 项目: a deed or project (十件实事, 实事服务项目). */
	DEED,
	/** 集体 / 团队: an organisation or team (先进服务单位, 先进基层党组织). */
	COLLECTIVE;

	public String messageKey() {
		return "nominee-kind." + name();
	}

}
