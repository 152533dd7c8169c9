package cn.laurel.event.web;

import java.util.Locale;

import cn.laurel.event.EventNotFound;
import cn.laurel.event.EventRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The event API's refusals as RFC 9457 problem details: 422 with the field and rule code, 404 for an event the caller
 * cannot see, 403 for one of another office.
 */
@RestControllerAdvice(assignableTypes = EventApi.class)
class EventApiErrors {

	private final MessageSource messages;

	EventApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(EventRefused refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				Refusals.render(this.messages, refused, locale));
		problem.setProperty("code", refused.messageKey());
		if (refused.field() != null) {
			problem.setProperty("field", refused.field());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(EventNotFound missing, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("event.not-found", null, locale));
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException denied, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("event.forbidden", null, locale));
	}

}
