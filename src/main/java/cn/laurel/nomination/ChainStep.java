package cn.laurel.nomination;

import cn.laurel.org.Capacity;

/**
 * A step of the endorsement chain resolved for one nomination at submission: the opinion it collects, named as the
 * form names it, who signs (the capacity, in which unit), whether the step records a seal, whether a 不同意 there
 * vetoes, and whether the 征求意见表 must be attached before it is signed.
 *
 * @param title the opinion row, e.g. 部门负责人意见; printed on the form and shown on the nomination page
 */
public record ChainStep(int stepOrder, String title, Capacity capacity, long endorserUnitId, boolean sealRequired,
		boolean veto, boolean consultationRequired) {

	/** A 不同意 here (e.g. 纪检监察) vetoes the nomination for good instead of returning it. */
	boolean vetoes() {
		return this.veto;
	}

}
