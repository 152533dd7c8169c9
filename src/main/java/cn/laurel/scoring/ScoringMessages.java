package cn.laurel.scoring;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Message texts for the scoring pages, exports and API: refusals and words chosen in code. */
@Component
class ScoringMessages {

	private final MessageSource messages;

	ScoringMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> render(List<Violation> violations, Locale locale) {
		return violations.stream().map(v -> ViolationMessages.render(this.messages, v, locale)).toList();
	}

	/** Puts a refusal's reasons on the page, and the fields they concern, for a page shown again. */
	void show(Model model, ScoringRefused refused, Locale locale) {
		model.addAttribute("refusals", render(refused.violations(), locale));
		model.addAttribute("refusedFields",
				refused.violations().stream().map(Violation::field).collect(Collectors.toSet()));
	}

	/** A refusal's reasons as one text, for the flash error after a button. */
	String joined(ScoringRefused refused, Locale locale) {
		return String.join(" ", render(refused.violations(), locale));
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
