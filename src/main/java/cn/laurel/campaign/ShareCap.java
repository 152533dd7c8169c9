package cn.laurel.campaign;

/**
 * A cap on the share of an allocation that nominees of one kind may take (seed 004: 推荐支部书记的
 * 一般不超过本支部分配名额总数的20%). Nominations declare whether they are of that kind, or the form asks it
 * ({@link #FIELD}).
 *
 * @param label who is capped, e.g. 支部书记
 * @param percent the most they may take of each allocation, in percent
 */
public record ShareCap(String label, Integer percent) {

	/**
	 * The key of a form's yes/no field saying whether the nominee is of the capped kind (seed 004: 是否支部书记);
	 * where the form asks it, the answer is what the cap counts.
	 */
	public static final String FIELD = "branchSecretary";

	/** The most nominees of the capped kind a unit with {@code allocation} places may submit (rounded down). */
	public int maxOf(int allocation) {
		return allocation * this.percent / 100;
	}

}
