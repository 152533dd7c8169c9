package cn.laurel.event.web;

import java.util.Arrays;
import java.util.Locale;

import cn.laurel.event.EventRefused;

import org.springframework.context.MessageSource;

/** A refusal in the reader's language; arguments that are message keys ({@code event.status.OPEN}) are translated. */
final class Refusals {

	private Refusals() {
	}

	static String render(MessageSource messages, EventRefused refused, Locale locale) {
		Object[] args = Arrays.stream(refused.arguments())
			.map(arg -> arg instanceof String key && key.matches("event\\.[a-z.\\-]+[A-Za-z_\\-]*")
					? messages.getMessage(key, null, key, locale) : arg)
			.toArray();
		return messages.getMessage(refused.messageKey(), args, refused.messageKey(), locale);
	}

}
