package cn.laurel.system;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * How every page shows a refusal: its reasons become errors of the form the user filled in, next to the fields
 * they concern and in the summary at the top (the {@code fragments/refusal} fragment), and the page is rendered
 * again with everything the user typed. A reason whose field is not on the form is an error of the whole form.
 * A button without a form shows the reasons as one text ({@link #text}).
 */
@Component
public class RefusalForms {

	private final MessageSource messages;

	RefusalForms(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons in the reader's language. */
	public List<String> messages(Refusal refusal) {
		return ReasonMessages.render(this.messages, refusal, LocaleContextHolder.getLocale());
	}

	/** The reasons as one text, for the flash error after a button. */
	public String text(Refusal refusal) {
		return ReasonMessages.text(this.messages, refusal, LocaleContextHolder.getLocale());
	}

	public void bind(Refusal refusal, BindingResult result) {
		bind(refusal, result, UnaryOperator.identity());
	}

	/**
	 * Binds each reason to the field {@code fieldOf} names for its path, with the reason's code and its arguments
	 * as {@link ReasonMessages} renders them (arguments that are message keys translated), so that a view resolves
	 * the same text, and that text as the default message.
	 */
	public void bind(Refusal refusal, BindingResult result, UnaryOperator<String> fieldOf) {
		BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget());
		for (Refusal.Reason reason : refusal.reasons()) {
			Locale locale = LocaleContextHolder.getLocale();
			String[] codes = { reason.code() };
			Object[] args = ReasonMessages.arguments(this.messages, reason.args(), locale);
			String message = this.messages.getMessage(reason.code(), args, reason.code(), locale);
			String field = fieldOf.apply(reason.field());
			if (field != null && form.isReadableProperty(field)) {
				result.addError(new FieldError(result.getObjectName(), field, form.getPropertyValue(field), false, codes,
						args, message));
			}
			else {
				result.addError(new ObjectError(result.getObjectName(), codes, args, message));
			}
		}
	}

	/** A translation that replaces the leading {@code from} of a reason's path with {@code to}. */
	public static UnaryOperator<String> renaming(String from, String to) {
		return path -> path != null && path.startsWith(from) ? to + path.substring(from.length()) : path;
	}

}
