package cn.laurel.award.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.award.AwardRefused;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The award API's refusals as RFC 9457 problem details: 422 with each reason (field, rule code, message in the
 * caller's language) under {@code violations}, 403 for a campaign the caller does not manage.
 */
@RestControllerAdvice(assignableTypes = CertificateApi.class)
class AwardApiErrors {

	private final MessageSource messages;

	AwardApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	record Item(String field, String code, String message) {
	}

	@ExceptionHandler
	ProblemDetail refused(AwardRefused refused, Locale locale) {
		List<Item> items = refused.reasons()
			.stream()
			.map(v -> new Item(v.field(), v.code(), ViolationMessages.render(this.messages, v, locale)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				String.join(" ", items.stream().map(Item::message).toList()));
		problem.setProperty("violations", items);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("campaign.api.forbidden", null, locale));
	}

}
