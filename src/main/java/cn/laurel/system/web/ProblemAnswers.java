package cn.laurel.system.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API's refusals as one RFC 9457 problem: the status from the refusal's kind, a short {@code title}, the
 * reasons in the request's language (Chinese unless asked otherwise) joined as the {@code detail}, a {@code type}
 * such as {@code urn:laurel:problem:rejected}, and under {@code errors} each reason's field, rule code and message,
 * so that a script can show them as the pages do. Bean validation, unreadable requests and bad parameters, method
 * security's refusal of a signed-in user and two saves of the same record answer in the same shape. Ahead of the
 * pages' advice, which would also match.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ProblemAnswers {

	static final String TYPE = "urn:laurel:problem:";

	private static final String CONFLICT = "error.conflict";

	private final MessageSource messages;

	ProblemAnswers(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One reason as the API lists it.
	 *
	 * @param field the field or parameter at fault, {@code null} for the whole request
	 * @param code the rule's message key, stable for scripts
	 * @param message the reason in the request's language
	 */
	record Error(String field, String code, String message) {
	}

	@ExceptionHandler
	ProblemDetail refused(Refusal refusal, Locale locale) {
		return problem(refusal.kind(), refusal.kind().slug(), refusal.reasons()
			.stream()
			.map(reason -> new Error(reason.field(), reason.code(), ReasonMessages.render(this.messages, reason, locale)))
			.toList(), locale);
	}

	@ExceptionHandler
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		return problem(Refusal.Kind.REJECTED, Refusal.Kind.REJECTED.slug(),
				ex.getBindingResult().getAllErrors().stream().map(error -> error(error, locale)).toList(), locale);
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return rejected(null, "api.unreadable", locale);
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return rejected(ex.getParameterName(), "api.parameter-missing", locale, ex.getParameterName());
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		Class<?> type = (ex.getRequiredType() != null) ? ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())
				: Object.class;
		String key = (type == LocalDate.class) ? "api.date-invalid"
				: Number.class.isAssignableFrom(type) ? "api.number-invalid" : "api.value-invalid";
		return rejected(ex.getName(), key, locale, ex.getName());
	}

	/**
	 * Method security refusing a signed-in user. Someone not signed in is left to the security filters, which
	 * answer 401.
	 */
	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex, Locale locale) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken) {
			throw ex;
		}
		return problem(Refusal.Kind.FORBIDDEN, Refusal.Kind.FORBIDDEN.slug(),
				List.of(new Error(null, "error.forbidden", this.messages.getMessage("error.forbidden", null, locale))),
				locale);
	}

	/** Two people saved the same record at the same moment; nothing of the second was stored. */
	@ExceptionHandler
	ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex, Locale locale) {
		return problem(Refusal.Kind.NOT_NOW, "concurrent-change", List.of(new Error(null, CONFLICT,
				this.messages.getMessage(CONFLICT, null, locale))), locale);
	}

	private Error error(ObjectError error, Locale locale) {
		return new Error((error instanceof FieldError field) ? field.getField() : null, error.getCode(),
				this.messages.getMessage(error, locale));
	}

	private ProblemDetail rejected(String field, String key, Locale locale, Object... args) {
		return problem(Refusal.Kind.REJECTED, Refusal.Kind.REJECTED.slug(),
				List.of(new Error(field, key, this.messages.getMessage(key, args, locale))), locale);
	}

	private ProblemDetail problem(Refusal.Kind kind, String type, List<Error> errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(kind.status()),
				errors.stream().map(Error::message).collect(Collectors.joining(" ")));
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(this.messages.getMessage("problem.title." + type, null, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

}
