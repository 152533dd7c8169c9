package cn.laurel.review.web;

import java.util.List;

import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;

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

	List<String> render(List<? extends Refusal.Reason> reasons) {
		return ReasonMessages.render(this.messages, reasons, LocaleContextHolder.getLocale());
	}

}
