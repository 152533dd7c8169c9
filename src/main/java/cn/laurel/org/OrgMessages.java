package cn.laurel.org;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** Turns the message keys of rejected input into text for flash messages and JSON answers. */
public final class OrgMessages {

	private OrgMessages() {
	}

	/**
	 * A field's error in the language of the request.
	 *
	 * @param field the field, {@code null} for an error about the whole request
	 * @param message the reason
	 */
	public record Problem(String field, String message) {

	}

	public static List<Problem> problems(MessageSource messages, Errors errors, Locale locale) {
		return errors.getAllErrors()
			.stream()
			.map(error -> new Problem((error instanceof FieldError fieldError) ? fieldError.getField() : null,
					messages.getMessage(error, locale)))
			.toList();
	}

	/** The first reason, for pages that show a rejection as a single line. */
	public static String first(MessageSource messages, InputRejected rejected, Locale locale) {
		return problems(messages, rejected.errors(), locale).get(0).message();
	}

}
