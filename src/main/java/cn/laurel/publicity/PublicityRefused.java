package cn.laurel.publicity;

import java.util.List;

/** A 公示 or objection verb was refused; carries the reason as a message key with its arguments. */
public class PublicityRefused extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> arguments;

	public PublicityRefused(String messageKey, Object... arguments) {
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
