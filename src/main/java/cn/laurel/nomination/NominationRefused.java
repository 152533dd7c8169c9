package cn.laurel.nomination;

import java.util.List;

import cn.laurel.campaign.Violation;
import cn.laurel.system.Refusal;

/** A verb on a nomination was refused because one or more rules forbid it; nothing was changed. */
public class NominationRefused extends Refusal {

	public NominationRefused(List<Violation> violations) {
		super(Kind.UNPROCESSABLE, violations);
	}

	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new NominationRefused(violations);
		}
	}

	/** Refuses a verb that must be given its reason in writing. */
	static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new NominationRefused(List.of(Violation.of("reason", "nomination.rule.reason-required")));
		}
	}

}
