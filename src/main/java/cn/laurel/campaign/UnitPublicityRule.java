package cn.laurel.campaign;

/**
 * Whether a nominating unit must run its own 公示 before it recommends, and for how many working days (seed 003:
 * "推荐名单和项目在县区主要媒体或单位公示不少于3个工作日"). A nomination then carries the 公示's start, where it was
 * published and its proof (公示证明), and is submitted only once the working days have run.
 *
 * @param required whether the campaign asks for it
 * @param workingDays the fewest working days it runs; 0 when not required
 */
public record UnitPublicityRule(boolean required, int workingDays) {

	/** The most working days a unit's 公示 may be asked to run. */
	public static final int MAX_WORKING_DAYS = 30;

	public static final UnitPublicityRule NONE = new UnitPublicityRule(false, 0);

	public UnitPublicityRule {
		workingDays = required ? workingDays : 0;
	}

}
