package cn.laurel.publicity;

import cn.laurel.system.Refusal;

/** A 公示 or objection verb was refused; carries the reason as a message key with its arguments. */
public class PublicityRefused extends Refusal {

	public PublicityRefused(String messageKey, Object... arguments) {
		super(Kind.UNPROCESSABLE, null, messageKey, arguments);
	}

}
