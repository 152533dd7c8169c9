package cn.laurel.scoring;

import java.util.List;
import java.util.stream.Collectors;

import cn.laurel.campaign.Violation;

/** A scoring verb was refused because one or more rules forbid it; nothing was changed. */
public class ScoringRefused extends RuntimeException {

	private final transient List<Violation> violations;

	ScoringRefused(List<Violation> violations) {
		super(violations.stream().map(Violation::code).collect(Collectors.joining(", ")));
		this.violations = List.copyOf(violations);
	}

	public static ScoringRefused of(String field, String code, Object... args) {
		return new ScoringRefused(List.of(Violation.of(field, code, args)));
	}

	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ScoringRefused(violations);
		}
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
