package cn.laurel.nomination.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.ViolationMessages;
import cn.laurel.nomination.NominationNotFound;
import cn.laurel.nomination.NominationRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The nomination API's refusals as JSON: 422 with each rule broken and its message in the
 * caller's language (Chinese unless asked otherwise), 404 for what the caller may not see.
 */
@RestControllerAdvice(assignableTypes = NominationApi.class)
class NominationApiErrors {

	private final MessageSource messages;

	NominationApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	record Refusal(int status, String error, List<Reason> violations) {
	}

	record Reason(String field, String code, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Refusal> refused(NominationRefused refused, Locale locale) {
		List<Reason> reasons = refused.violations()
			.stream()
			.map(v -> new Reason(v.field(), v.code(), ViolationMessages.render(this.messages, v, locale)))
			.toList();
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(new Refusal(status.value(), "nomination-refused", reasons));
	}

	@ExceptionHandler
	ResponseEntity<Refusal> notFound(NominationNotFound notFound) {
		HttpStatus status = HttpStatus.NOT_FOUND;
		return ResponseEntity.status(status).body(new Refusal(status.value(), "not-found", List.of()));
	}

}
