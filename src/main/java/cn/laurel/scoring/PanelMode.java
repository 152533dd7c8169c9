package cn.laurel.scoring;

/** How a panel's judges record their judgement of a candidate. */
public enum PanelMode {

	/** Points per criterion up to each criterion's maximum (seed 000's four aspects, or one 100-point score). */
	SCORES,
	/** One ballot per candidate, 同意 / 不同意 / 弃权, as the 领导小组 votes (seed 000: 领导小组投票 30%). */
	BALLOT;

	public String messageKey() {
		return "scoring.panel-mode." + name();
	}

}
