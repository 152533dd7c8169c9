package cn.laurel.publicity;

/** Who investigates an accepted objection. */
public enum Investigator {

	/** 纪检监察: the discipline inspection body. */
	DISCIPLINE,
	/** 调查组: an investigation group set up for the case. */
	INVESTIGATION_GROUP;

	public String messageKey() {
		return "investigator." + name();
	}

}
