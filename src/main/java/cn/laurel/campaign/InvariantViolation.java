package cn.laurel.campaign;

import java.util.List;

/**
 * One broken invariant: the message key naming it, the record it concerns ({@code category} 12,
 * {@code nomination} 34, {@code audit-entry} 56) and the message arguments.
 */
public record InvariantViolation(String code, String recordType, Long recordId, List<Object> args) {

	public InvariantViolation {
		args = List.copyOf(args);
	}

	public static InvariantViolation of(String code, String recordType, Long recordId, Object... args) {
		return new InvariantViolation(code, recordType, recordId, List.of(args));
	}

}
