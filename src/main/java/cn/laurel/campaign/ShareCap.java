package cn.laurel.campaign;

/**
 * A cap on the share of an allocation that nominees of one kind may take (seed 004: 推荐支部书记的
 * 一般不超过本支部分配名额总数的20%). Nominations declare whether they are of that kind.
 *
 * @param label who is capped, e.g. 支部书记
 * @param percent the most they may take of each allocation, in percent
 */
public record ShareCap(String label, Integer percent) {

	/** The most nominees of the capped kind a unit with {@code allocation} places may submit (rounded down). */
	public int maxOf(int allocation) {
		return allocation * this.percent / 100;
	}

}
