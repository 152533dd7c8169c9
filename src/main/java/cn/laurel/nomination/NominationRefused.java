package cn.laurel.nomination;

import java.util.List;
import java.util.stream.Collectors;

import cn.laurel.campaign.Violation;

/** A verb on a nomination was refused because one or more rules forbid it; nothing was changed. */
public class NominationRefused extends RuntimeException {

	private final transient List<Violation> violations;

	public NominationRefused(List<Violation> violations) {
		super(violations.stream().map(Violation::code).collect(Collectors.joining(", ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
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
