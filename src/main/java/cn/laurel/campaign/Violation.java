package cn.laurel.campaign;

import java.util.List;

import cn.laurel.system.Refusal;

/**
 * One broken configuration rule: the field it concerns (a path such as {@code segments} or
 * {@code phases[2].endsOn}), the message key naming the rule, and the message arguments: the way campaign rules,
 * and the rules of the modules that build on them, give a refusal's reasons.
 */
public record Violation(String field, String code, List<Object> args) implements Refusal.Reason {

	public Violation {
		args = List.copyOf(args);
	}

	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}

}
