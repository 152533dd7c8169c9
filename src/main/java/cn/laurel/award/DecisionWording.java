package cn.laurel.award;

/** What the decision document is called, as the seeds word it. */
public enum DecisionWording {

	/** 表彰决定 (seeds 000, 003, 004). */
	COMMENDATION,
	/** 选树决定 (seed 002). */
	SELECTION,
	/** 命名决定 (seed 001: 正式命名名单). */
	NAMING;

	public String messageKey() {
		return "decision-wording." + name();
	}

}
