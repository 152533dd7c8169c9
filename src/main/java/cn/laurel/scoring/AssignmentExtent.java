package cn.laurel.scoring;

/** How much of a category a panel judges. */
public enum AssignmentExtent {

	/** None of its candidates. */
	NONE,
	/** All of them, also those who become candidates later. */
	ALL,
	/** The ones ticked. */
	SOME;

	public String messageKey() {
		return "scoring.assignment-extent." + name();
	}

}
