package cn.laurel.calendar;

import java.util.List;

/**
 * A working-day computation was asked with arguments it cannot answer: no days, a range that ends before it
 * starts, a date far outside any calendar. Carries the reason as a message key with its arguments.
 */
public class CalculationRefused extends IllegalArgumentException {

	private final String messageKey;

	private final transient List<Object> arguments;

	CalculationRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
