package cn.laurel.scoring;

import java.util.List;

import cn.laurel.campaign.Violation;
import cn.laurel.system.Refusal;

/** A scoring verb was refused because one or more rules forbid it; nothing was changed. */
public class ScoringRefused extends Refusal {

	ScoringRefused(List<Violation> violations) {
		super(Kind.REJECTED, violations);
	}

	public static ScoringRefused of(String field, String code, Object... args) {
		return new ScoringRefused(List.of(Violation.of(field, code, args)));
	}

	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ScoringRefused(violations);
		}
	}

}
