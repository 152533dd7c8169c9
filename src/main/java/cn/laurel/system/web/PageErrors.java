package cn.laurel.system.web;

import java.io.IOException;
import java.util.Locale;

import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a refusal or a conflict reaches no form that could show it: the error page with the
 * status and what happened. Forms catch their refusals and show them in place; the API answers with problem details
 * ({@link ProblemAnswers}, ahead of this advice).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Two people saved the same record at the same moment: the record's version refuses the second save. Its author
	 * is told so and how to go on (409); nothing of theirs was stored, and the browser's back button returns to the
	 * form as they filled it in.
	 */
	@ExceptionHandler
	ModelAndView changedMeanwhile(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return errorPage(HttpStatus.CONFLICT, request);
	}

	/** Not found answers the 404 page alone, which says no more than that; other refusals say why. */
	@ExceptionHandler
	ModelAndView refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		return errorPage(HttpStatus.valueOf(refusal.kind().status()), request).addObject("reasons",
				ReasonMessages.render(this.messages, refusal, locale));
	}

	private static ModelAndView errorPage(HttpStatus status, HttpServletRequest request) {
		return new ModelAndView("error", status).addObject("status", status.value())
			.addObject("path", request.getRequestURI());
	}

}
