package cn.laurel.campaign;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Renders a violation in the user's language; arguments that are message keys are translated too, and an
 * argument that is a list of violations (the nominations that fill a limit) is rendered item by item and joined.
 */
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
		Object[] args = arguments.stream().map(arg -> argument(messages, arg, locale)).toArray();
		return messages.getMessage(code, args, code, locale);
	}

	private static Object argument(MessageSource messages, Object arg, Locale locale) {
		if (arg instanceof String key && key.matches("[a-z-]+\\.[A-Z_]+")) {
			return messages.getMessage(key, null, key, locale);
		}
		if (arg instanceof List<?> items) {
			return items.stream()
				.map(item -> item instanceof Violation part ? render(messages, part, locale) : String.valueOf(item))
				.collect(Collectors.joining(messages.getMessage("list.separator", null, ", ", locale)));
		}
		return arg;
	}

}
