package cn.laurel.campaign.web;

import java.util.function.UnaryOperator;

import cn.laurel.campaign.SettingsRejected;
import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts the violations of a refused change next to the form fields they concern, so a page can
 * re-render with everything the organiser typed. A violation whose path names no field of the
 * form (after {@code fieldOf} has translated it) becomes an error of the whole form.
 */
@Component
class SettingsErrors {

	private final MessageSource messages;

	SettingsErrors(MessageSource messages) {
		this.messages = messages;
	}

	void bind(SettingsRejected rejected, BindingResult result) {
		bind(rejected, result, UnaryOperator.identity());
	}

	/**
	 * Binds each violation to the field {@code fieldOf} names for its path. The message is
	 * rendered once by {@link ViolationMessages} (which also translates arguments that are message
	 * keys), so the errors carry it as their default message and no codes that a view would
	 * resolve again without those translations.
	 */
	void bind(SettingsRejected rejected, BindingResult result, UnaryOperator<String> fieldOf) {
		BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget());
		for (Violation violation : rejected.violations()) {
			String message = ViolationMessages.render(this.messages, violation, LocaleContextHolder.getLocale());
			String field = fieldOf.apply(violation.field());
			if (field != null && form.isReadableProperty(field)) {
				result.addError(new FieldError(result.getObjectName(), field, form.getPropertyValue(field), false, null,
						null, message));
			}
			else {
				result.addError(new ObjectError(result.getObjectName(), null, null, message));
			}
		}
	}

	/** A translation that replaces the leading {@code from} of a violation path with {@code to}. */
	static UnaryOperator<String> renaming(String from, String to) {
		return path -> path != null && path.startsWith(from) ? to + path.substring(from.length()) : path;
	}

}
