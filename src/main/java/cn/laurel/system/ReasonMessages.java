package cn.laurel.system;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Renders the reasons of a refusal in the reader's language. Arguments that are message keys ({@code phase.NOMINATION},
 * {@code event.status.OPEN}) are translated too (text that only looks like one, a file name, is left as it is), and an argument that is a list of reasons (the nominations that
 * fill a limit) is rendered item by item and joined.
 */
public final class ReasonMessages {

	private static final Pattern KEY_ARGUMENT = Pattern.compile("[a-z][a-z-]*(\\.[A-Za-z_-]+)+");

	private ReasonMessages() {
	}

	public static List<String> render(MessageSource messages, Refusal refusal, Locale locale) {
		return render(messages, refusal.reasons(), locale);
	}

	/** The reasons as one text, for a flash message after a button. */
	public static String text(MessageSource messages, Refusal refusal, Locale locale) {
		return String.join(" ", render(messages, refusal, locale));
	}

	public static List<String> render(MessageSource messages, List<? extends Refusal.Reason> reasons, Locale locale) {
		return reasons.stream().map(reason -> render(messages, reason, locale)).toList();
	}

	public static String render(MessageSource messages, Refusal.Reason reason, Locale locale) {
		return render(messages, reason.code(), reason.args(), locale);
	}

	/** A message key with its arguments, translated as a reason's are. */
	public static String render(MessageSource messages, String code, List<Object> arguments, Locale locale) {
		return messages.getMessage(code, arguments(messages, arguments, locale), code, locale);
	}

	/** The arguments as the message shows them: message keys and lists of reasons rendered. */
	static Object[] arguments(MessageSource messages, List<Object> arguments, Locale locale) {
		return arguments.stream().map(arg -> argument(messages, arg, locale)).toArray();
	}

	private static Object argument(MessageSource messages, Object arg, Locale locale) {
		if (arg instanceof String key && KEY_ARGUMENT.matcher(key).matches()) {
			return messages.getMessage(key, null, key, locale);
		}
		if (arg instanceof List<?> items) {
			return items.stream()
				.map(item -> (item instanceof Refusal.Reason part) ? render(messages, part, locale) : String.valueOf(item))
				.collect(Collectors.joining(messages.getMessage("list.separator", null, ", ", locale)));
		}
		return arg;
	}

}
