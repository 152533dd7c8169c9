package cn.laurel.campaign.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.InvariantViolation;
import cn.laurel.system.ReasonMessages;

import org.springframework.context.MessageSource;

/**
 * What the invariant checker found, as the API answers it and the overview shows it: each violation with its code,
 * its message in the reader's language and the record it concerns.
 */
record InvariantReport(List<Finding> violations) {

	record Finding(String code, String message, Concerned record) {
	}

	/** The record a violation concerns: {@code nomination} 34, {@code category} 12, {@code audit-entry} 56. */
	record Concerned(String type, Long id) {
	}

	static InvariantReport of(List<InvariantViolation> violations, MessageSource messages, Locale locale) {
		return new InvariantReport(violations.stream()
			.map(v -> new Finding(v.code(), ReasonMessages.render(messages, v.code(), v.args(), locale),
					new Concerned(v.recordType(), v.recordId())))
			.toList());
	}

}
