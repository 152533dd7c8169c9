package cn.laurel.nomination;

import cn.laurel.org.Capacity;

/**
 * A step of the endorsement chain resolved for one nomination at submission: who signs (the
 * capacity, in which unit) and whether the step records a seal.
 */
public record ChainStep(int stepOrder, Capacity capacity, long endorserUnitId, boolean sealRequired) {

	/** A 纪检监察 不同意 vetoes the nomination for good instead of returning it. */
	boolean vetoes() {
		return this.capacity == Capacity.DISCIPLINE;
	}

}
