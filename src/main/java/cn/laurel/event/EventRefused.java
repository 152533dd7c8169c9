package cn.laurel.event;

import cn.laurel.system.Refusal;

/**
 * An event verb was refused: the reason as a message key with its arguments, and the form field it concerns if
 * any. Pages show it at the top of the form, the API as an RFC 9457 problem.
 */
public class EventRefused extends Refusal {

	EventRefused(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private EventRefused(String field, String messageKey, Object[] arguments) {
		super(Kind.UNPROCESSABLE, field, messageKey, arguments);
	}

	/** A refusal of what was typed in {@code field}. */
	static EventRefused at(String field, String messageKey, Object... arguments) {
		return new EventRefused(field, messageKey, arguments);
	}

}
