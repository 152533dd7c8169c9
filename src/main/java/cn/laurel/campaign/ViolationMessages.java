package cn.laurel.campaign;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Renders a violation in the user's language; arguments that are message keys are translated too. */
public final class ViolationMessages {

	private ViolationMessages() {
	}

	public static String render(MessageSource messages, Violation violation, Locale locale) {
		return render(messages, violation.code(), violation.args(), locale);
	}

	public static String render(MessageSource messages, InvariantViolation violation, Locale locale) {
		return render(messages, violation.code(), violation.args(), locale);
	}

	private static String render(MessageSource messages, String code, List<Object> arguments, Locale locale) {
		Object[] args = arguments.stream()
			.map(arg -> arg instanceof String key && key.matches("[a-z-]+\\.[A-Z_]+")
					? messages.getMessage(key, null, key, locale) : arg)
			.toArray();
		return messages.getMessage(code, args, code, locale);
	}

}
