package cn.laurel.award;

import java.util.List;

import cn.laurel.campaign.Violation;

/** A decision or award verb was refused; the reasons are message keys with their arguments. */
class AwardRefused extends RuntimeException {

	private final transient List<Violation> reasons;

	AwardRefused(List<Violation> reasons) {
		super(reasons.toString());
		this.reasons = List.copyOf(reasons);
	}

	List<Violation> reasons() {
		return this.reasons;
	}

}
