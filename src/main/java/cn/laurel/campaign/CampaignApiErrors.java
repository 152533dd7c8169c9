package cn.laurel.campaign;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as JSON, each violation with its rule code and the message in the caller's language. */
@RestControllerAdvice(assignableTypes = CampaignApi.class)
class CampaignApiErrors {

	private final MessageSource messages;

	CampaignApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	record Problem(int status, String error, List<Item> violations) {
	}

	record Item(String field, String code, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Problem> rejected(SettingsRejected ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "settings-rejected", ex.violations(), locale);
	}

	@ExceptionHandler
	ResponseEntity<Problem> refused(PhaseAdvanceRefused ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "phase-advance-refused", ex.reasons(), locale);
	}

	private ResponseEntity<Problem> problem(HttpStatus status, String error, List<Violation> violations,
			Locale locale) {
		List<Item> items = violations.stream()
			.map(v -> new Item(v.field(), v.code(), ViolationMessages.render(this.messages, v, locale)))
			.toList();
		return ResponseEntity.status(status).body(new Problem(status.value(), error, items));
	}

}
