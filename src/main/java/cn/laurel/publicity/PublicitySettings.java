package cn.laurel.publicity;

/**
 * How a campaign handles its 公示.
 *
 * @param fillIn whether the next-ranked fitting candidate fills in for one withdrawn after an upheld objection
 * @param investigationDays the working days an investigation is given by default (usual practice: 10)
 */
public record PublicitySettings(boolean fillIn, int investigationDays) {

	static final int DEFAULT_INVESTIGATION_DAYS = 10;

	static PublicitySettings defaults() {
		return new PublicitySettings(false, DEFAULT_INVESTIGATION_DAYS);
	}

}
