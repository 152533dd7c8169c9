package cn.laurel.event;

/**
 * A step of a 发布仪式's run of show: an honouree of the campaign's decision, under their category, with whoever
 * presents them (颁奖嘉宾). The 大屏 steps through them in this order.
 */
public record ShowItem(Long id, String categoryName, long nominationId, String displayName, String unitName,
		String deedSummary, String presenter) {

	/** The first character of the name, for the 大屏's name block when there is no photo. */
	public String initial() {
		return this.displayName.isEmpty() ? "" : new String(Character.toChars(this.displayName.codePointAt(0)));
	}

	ShowItem presentedBy(String who) {
		return new ShowItem(this.id, this.categoryName, this.nominationId, this.displayName, this.unitName,
				this.deedSummary, who == null || who.isBlank() ? null : who.strip());
	}

}
