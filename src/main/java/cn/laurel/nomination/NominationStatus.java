package cn.laurel.nomination;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.laurel.campaign.Violation;

/**
 * Where a nomination stands. The clerk drafts and submits; the endorsement chain and the office's
 * 初审 move it on; only {@link #CANDIDATE} nominations go forward to voting and scoring, and the decision
 * makes some of them {@link #HONOURED}.
 */
public enum NominationStatus {

	/** Being filled in by the unit's clerk; nobody else sees it yet. */
	DRAFT,
	/** Submitted and waiting at a step of its endorsement chain (逐级审核). */
	ENDORSING,
	/** Through the chain, waiting for the leading-group office's 初审. */
	IN_REVIEW,
	/** Sent back to the clerk with a reason (by an endorser or by 初审); may be revised and resubmitted. */
	RETURNED,
	/** A 纪检监察 endorser disagreed: refused for good. */
	VETOED,
	/** Rejected at 初审 with a reason: refused for good. */
	REJECTED,
	/** Passed 初审: a candidate (候选人) for voting and scoring. */
	CANDIDATE,
	/** A candidate withdrawn after an upheld objection during 公示. */
	WITHDRAWN,
	/** A candidate the decision (审定) honoured: 已表彰. */
	HONOURED;

	private static final Set<NominationStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

	private static final Set<NominationStatus> COUNTED = EnumSet.of(ENDORSING, IN_REVIEW, RETURNED, CANDIDATE,
			HONOURED);

	private static final Set<NominationStatus> PASSED = EnumSet.of(CANDIDATE, HONOURED);

	private static final Set<NominationStatus> SHORT_OF_CANDIDATE = EnumSet.of(DRAFT, ENDORSING, IN_REVIEW, RETURNED,
			VETOED, REJECTED);

	/** Whether the clerk may still change the answers and files. */
	public boolean isEditable() {
		return EDITABLE.contains(this);
	}

	/** Whether the nomination uses up one of its unit's places (refused ones give theirs back). */
	public boolean countsAgainstLimits() {
		return COUNTED.contains(this);
	}

	/** Whether a nomination in this status has come through 初审: a candidate, or what a candidate became. */
	public boolean isPastReview() {
		return !SHORT_OF_CANDIDATE.contains(this);
	}

	/** Whether it passed 初审 and was not withdrawn: a candidate, honoured or not yet. */
	public boolean hasPassedReview() {
		return PASSED.contains(this);
	}

	public String messageKey() {
		return "nomination-status." + name();
	}

	/** This status, when it is one of those a verb may be used in; refused otherwise. */
	NominationStatus require(String verb, NominationStatus... allowed) {
		if (!List.of(allowed).contains(this)) {
			throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", verb, messageKey())));
		}
		return this;
	}

}
