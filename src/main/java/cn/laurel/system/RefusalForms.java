package cn.laurel.system;

import java.util.List;
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
	 * Binds each reason to the field {@code fieldOf} names for its path. The message is rendered once by
	 * {@link ReasonMessages} (which also translates arguments that are message keys), so the errors carry it as
	 * their default message and no codes that a view would resolve again without those translations.
	 */
	public void bind(Refusal refusal, BindingResult result, UnaryOperator<String> fieldOf) {
		BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget());
		for (Refusal.Reason reason : refusal.reasons()) {
			String message = ReasonMessages.render(this.messages, reason, LocaleContextHolder.getLocale());
			String field = fieldOf.apply(reason.field());
			if (field != null && form.isReadableProperty(field)) {
				result.addError(new FieldError(result.getObjectName(), field, form.getPropertyValue(field), false, null,
						null, message));
			}
			else {
				result.addError(new ObjectError(result.getObjectName(), null, null, message));
			}
		}
	}

	/** A translation that replaces the leading {@code from} of a reason's path with {@code to}. */
	public static UnaryOperator<String> renaming(String from, String to) {
		return path -> path != null && path.startsWith(from) ? to + path.substring(from.length()) : path;
	}

}
