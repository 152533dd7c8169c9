package cn.laurel.voting;

/** A voter's proof of identity (captcha, phone, code) did not hold; the message key says why. */
public class VerificationRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public VerificationRefused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
