package cn.laurel.campaign.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.PhaseAdvanceRefused;
import cn.laurel.campaign.SettingsRejected;
import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals as JSON, each violation with its rule code and the message in the caller's language; an unknown or
 * forbidden campaign as an RFC 9457 problem detail.
 */
@RestControllerAdvice(assignableTypes = { CampaignApi.class, IssuerApi.class })
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

	@ExceptionHandler
	ProblemDetail notFound(CampaignNotFound ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("campaign.api.not-found", null, locale));
	}

	/** Method security refusing a signed-in user: answered here, so that the API speaks problem details. */
	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				this.messages.getMessage("campaign.api.forbidden", null, locale));
	}

	private ResponseEntity<Problem> problem(HttpStatus status, String error, List<Violation> violations,
			Locale locale) {
		List<Item> items = violations.stream()
			.map(v -> new Item(v.field(), v.code(), ViolationMessages.render(this.messages, v, locale)))
			.toList();
		return ResponseEntity.status(status).body(new Problem(status.value(), error, items));
	}

}
