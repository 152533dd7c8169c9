package cn.laurel.review;

/** The items of the 初审 checklist ({@link ReviewChecklist}), in the order the reviewer reads them. */
public enum ReviewCheck {

	/** Every required field answered. */
	COMPLETE,
	/** No text over its character limit. */
	WORD_LIMITS,
	/** As many photos as the form asks for. */
	PHOTOS,
	/** The signed-and-sealed scan, where the form requires one. */
	SEALED_SCAN,
	/** Every flag cleared in writing. */
	FLAGS_CLEARED,
	/** Every step of the chain agreed in the current round, with its seal where required. */
	CHAIN_COMPLETE;

	public String messageKey() {
		return "review.check." + name();
	}

}
