package cn.laurel.event;

/**
 * A step of a 发布仪式's run of show: an honouree of the campaign's decision, under their category, with whoever
 * presents them (颁奖嘉宾). The 大屏 steps through them in this order.
 */
public record ShowItem(Long id, String categoryName, long nominationId, String displayName, String unitName,
		String deedSummary, String presenter) {

	ShowItem presentedBy(String who) {
		return new ShowItem(this.id, this.categoryName, this.nominationId, this.displayName, this.unitName,
				this.deedSummary, who == null || who.isBlank() ? null : who.strip());
	}

}
