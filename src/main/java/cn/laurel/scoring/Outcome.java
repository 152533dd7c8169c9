package cn.laurel.scoring;

/** Where a ranked candidate ends up once the category's places are filled in rank order. */
public enum Outcome {

	/** On the shortlist (初选名单). */
	SELECTED,
	/** Ranked after the category's quota was filled. */
	QUOTA_FULL,
	/** The candidate's segment (seed 002: 15 系统干部职工 + 5 社会救援力量) was already filled. */
	SEGMENT_FULL,
	/** The category is split into segments but the candidate names none of them. */
	SEGMENT_UNKNOWN,
	/** The allocation of the candidate's region or unit (seed 002 附件1) was already filled. */
	ALLOCATION_FULL,
	/** Tied with others for the last places; the leading group decides who goes first. */
	TIE_PENDING;

	public String messageKey() {
		return "scoring.outcome." + name();
	}

	public boolean isSelected() {
		return this == SELECTED;
	}

}
