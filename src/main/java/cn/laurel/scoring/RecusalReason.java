package cn.laurel.scoring;

/** Why a judge stays out of a candidate's judgement, as HotCRP types conflicts of interest. */
public enum RecusalReason {

	/** The judge works in the candidate's unit (or, if the panel says so, the unit above or below it). */
	SAME_UNIT,
	/** The judge is a relative of the candidate. */
	RELATIVE,
	/** The judge is the candidate's direct superior. */
	DIRECT_SUPERIOR,
	/** Anything else; the judge writes it down. */
	OTHER;

	public String messageKey() {
		return "scoring.recusal-reason." + name();
	}

	/** Whether a declaration with this reason must say more. */
	public boolean needsNote() {
		return this == OTHER;
	}

}
