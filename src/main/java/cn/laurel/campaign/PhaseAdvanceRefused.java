package cn.laurel.campaign;

import java.util.List;
import java.util.stream.Collectors;

/** The organiser asked to move the campaign on, and a precondition did not hold. */
public class PhaseAdvanceRefused extends RuntimeException {

	private final transient List<Violation> reasons;

	public PhaseAdvanceRefused(List<Violation> reasons) {
		super(reasons.stream().map(Violation::code).collect(Collectors.joining(", ")));
		this.reasons = List.copyOf(reasons);
	}

	public List<Violation> reasons() {
		return this.reasons;
	}

}
