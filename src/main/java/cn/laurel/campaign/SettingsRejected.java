package cn.laurel.campaign;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration change was refused because it broke one or more rules; nothing was saved. */
public class SettingsRejected extends RuntimeException {

	private final transient List<Violation> violations;

	public SettingsRejected(List<Violation> violations) {
		super(violations.stream().map(Violation::code).collect(Collectors.joining(", ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new SettingsRejected(violations);
		}
	}

}
