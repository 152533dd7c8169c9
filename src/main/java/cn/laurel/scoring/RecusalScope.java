package cn.laurel.scoring;

/** Which candidates a panel's judges are recused from automatically, by the units they work in. */
public enum RecusalScope {

	/** Candidates nominated by the judge's own unit. */
	OWN_UNIT,
	/** Those, and candidates of the unit directly above the judge's or of a unit directly below it. */
	PARENT_AND_CHILD_UNITS,
	/** Those, and candidates of any unit above the judge's or below it, however many levels apart. */
	ALL_SUPERIOR_AND_SUBORDINATE_UNITS;

	public String messageKey() {
		return "scoring.recusal-scope." + name();
	}

}
