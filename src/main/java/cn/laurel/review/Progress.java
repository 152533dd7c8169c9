package cn.laurel.review;

import cn.laurel.nomination.NominationStatus;

/** Where a nomination stands as the progress board (调度) counts it. */
public enum Progress {

	/** Still a draft at the unit. */
	DRAFT,
	/** Waiting at a step of its endorsement chain. */
	WAITING,
	/** Waiting for 初审. */
	IN_REVIEW,
	/** Passed 初审: a candidate, or honoured since. */
	PASSED,
	/** Returned to the unit for revision. */
	RETURNED,
	/** Rejected at 初审, vetoed by 纪检监察, or withdrawn as a candidate. */
	REFUSED;

	static Progress of(NominationStatus status) {
		return switch (status) {
			case DRAFT -> DRAFT;
			case ENDORSING -> WAITING;
			case IN_REVIEW -> IN_REVIEW;
			case CANDIDATE, HONOURED -> PASSED;
			case RETURNED -> RETURNED;
			case REJECTED, VETOED, WITHDRAWN -> REFUSED;
		};
	}

	public String messageKey() {
		return "review.progress." + name();
	}

}
