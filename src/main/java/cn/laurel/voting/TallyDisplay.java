package cn.laurel.voting;

/** When the public sees how many votes each candidate has. */
public enum TallyDisplay {

	/** Counts shown as they stand (at most a second old). */
	LIVE,
	/** Counts shown as they stood a number of minutes ago, so that rigging cannot steer by them. */
	DELAYED,
	/** No counts until the voting window has closed. */
	HIDDEN;

	public String messageKey() {
		return "voting.tally-display." + name();
	}

}
