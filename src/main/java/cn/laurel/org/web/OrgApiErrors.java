package cn.laurel.org.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.org.InputRejected;
import cn.laurel.org.OrgMessages;
import cn.laurel.org.RecordNotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers bad input to the org API with 400 and the reasons per field, in the language of the request
 * (Chinese unless asked otherwise), so that a script can show them as the pages do.
 */
@RestControllerAdvice(assignableTypes = { UnitApi.class, AccountApi.class,
		PasswordApi.class, OrgImportApi.class })
class OrgApiErrors {

	private final MessageSource messages;

	OrgApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid invalid(MethodArgumentNotValidException ex, Locale locale) {
		return new Invalid(OrgMessages.problems(this.messages, ex.getBindingResult(), locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid rejected(InputRejected ex, Locale locale) {
		return new Invalid(OrgMessages.problems(this.messages, ex.errors(), locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Invalid unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return new Invalid(List.of(new OrgMessages.Problem(null,
				this.messages.getMessage("api.unreadable", null, locale))));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Failure notFound(RecordNotFound ex) {
		return new Failure(HttpStatus.NOT_FOUND.value(), "not-found");
	}

	/** A 400 answer: what was wrong, field by field. */
	record Invalid(int status, String error, List<OrgMessages.Problem> errors) {

		Invalid(List<OrgMessages.Problem> errors) {
			this(HttpStatus.BAD_REQUEST.value(), "invalid", errors);
		}

	}

	/** Any other failure, in the shape of the security configuration's 401. */
	record Failure(int status, String error) {

	}

}
