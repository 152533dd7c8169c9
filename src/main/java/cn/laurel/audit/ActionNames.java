package cn.laurel.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names actions for people. Each module keeps the keys {@code audit.action.<action>} for its own
 * actions in its own bundle; an action nobody named yet is shown as recorded rather than hidden.
 */
@Component
class ActionNames {

	private static final String PREFIX = "audit.action.";

	private final MessageSource messages;

	ActionNames(MessageSource messages) {
		this.messages = messages;
	}

	String nameOf(String action, Locale locale) {
		return this.messages.getMessage(PREFIX + action, null, action, locale);
	}

}
