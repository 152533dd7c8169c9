package cn.laurel.system.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people saved the same record at the same moment: the record's version refuses the second save.
 * Its author is told so and how to go on (409), rather than shown the generic error page; nothing of
 * theirs was stored, and the browser's back button returns to the form as they filled it in.
 */
final class ConcurrentChanges {

	private static final String MESSAGE = "error.conflict";

	private ConcurrentChanges() {
	}

	/** For the JSON API: a problem detail. Ahead of the pages' advice, which would also match. */
	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	static class ForApi {

		private final MessageSource messages;

		ForApi(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler
		@ResponseStatus(HttpStatus.CONFLICT)
		ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex, Locale locale) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, this.messages.getMessage(MESSAGE, null, locale));
		}

	}

	/** For pages: the error page with what happened and a way back to the form. */
	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class ForPages {

		@ExceptionHandler
		ModelAndView changedMeanwhile(OptimisticLockingFailureException ex) {
			ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
			page.addObject("status", HttpStatus.CONFLICT.value());
			return page;
		}

	}

}
