package cn.laurel.scoring.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;
import cn.laurel.scoring.ScoringRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as JSON, each reason with its rule code and the message in the caller's language. */
@RestControllerAdvice(assignableTypes = ScoringApi.class)
class ScoringApiErrors {

	private final MessageSource messages;

	ScoringApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	record Problem(int status, String error, List<Item> violations) {
	}

	record Item(String field, String code, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Problem> refused(ScoringRefused ex, Locale locale) {
		List<Item> items = ex.violations()
			.stream()
			.map((Violation v) -> new Item(v.field(), v.code(), ViolationMessages.render(this.messages, v, locale)))
			.toList();
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(new Problem(HttpStatus.BAD_REQUEST.value(), "scoring-refused", items));
	}

}
