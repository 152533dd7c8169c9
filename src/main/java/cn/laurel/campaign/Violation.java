package cn.laurel.campaign;

import java.util.List;

/**
 * One broken configuration rule: the field it concerns (a path such as {@code segments} or
 * {@code phases[2].endsOn}), the message key naming the rule, and the message arguments.
 */
public record Violation(String field, String code, List<Object> args) {

	public Violation {
		args = List.copyOf(args);
	}

	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}

}
