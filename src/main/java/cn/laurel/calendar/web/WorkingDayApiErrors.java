package cn.laurel.calendar.web;

import java.time.LocalDate;
import java.util.Locale;

import cn.laurel.calendar.CalculationRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers bad parameters of the working-day API with 400 and the reason, in Chinese unless asked otherwise. */
@RestControllerAdvice(assignableTypes = WorkingDayApi.class)
class WorkingDayApiErrors {

	private final MessageSource messages;

	WorkingDayApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A 400 answer.
	 *
	 * @param status 400
	 * @param error {@code invalid}
	 * @param parameter the parameter at fault, if one is
	 * @param message the reason
	 */
	record Invalid(int status, String error, String parameter, String message) {

		Invalid(String parameter, String message) {
			this(HttpStatus.BAD_REQUEST.value(), "invalid", parameter, message);
		}

	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid missing(MissingServletRequestParameterException ex, Locale locale) {
		return new Invalid(ex.getParameterName(), this.messages.getMessage("calendar.api.parameter-missing",
				new Object[] { ex.getParameterName() }, locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		String key = (ex.getRequiredType() == LocalDate.class) ? "calendar.api.date-invalid"
				: "calendar.api.number-invalid";
		return new Invalid(ex.getName(), this.messages.getMessage(key, new Object[] { ex.getName() }, locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid refused(CalculationRefused ex, Locale locale) {
		return new Invalid(null, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

}
