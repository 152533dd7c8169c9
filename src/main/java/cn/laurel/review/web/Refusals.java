package cn.laurel.review.web;

import java.util.List;

import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Renders the reasons a verb was refused (or a checklist item holds) in the reader's language. */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	List<String> render(List<Violation> violations) {
		return violations.stream()
			.map(violation -> ViolationMessages.render(this.messages, violation, LocaleContextHolder.getLocale()))
			.toList();
	}

}
