package cn.laurel.event;

import java.util.List;

/**
 * An event verb was refused: the reason as a message key with its arguments, and the form field it concerns if
 * any. Pages show it at the top of the form, the API as an RFC 9457 problem.
 */
public class EventRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient List<Object> arguments;

	EventRefused(String messageKey, Object... arguments) {
		this(null, messageKey, List.of(arguments));
	}

	private EventRefused(String field, String messageKey, List<Object> arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A refusal of what was typed in {@code field}. */
	static EventRefused at(String field, String messageKey, Object... arguments) {
		return new EventRefused(field, messageKey, List.of(arguments));
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
