package cn.laurel.scoring.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.laurel.scoring.ScoringRefused;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Message texts for the scoring pages, exports and API: refusals and words chosen in code; and how a
 * page's change ends, redirected with its message or refused with every reason.
 */
@Component
class ScoringMessages {

	private final MessageSource messages;

	ScoringMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> render(List<? extends Refusal.Reason> reasons, Locale locale) {
		return ReasonMessages.render(this.messages, reasons, locale);
	}

	/** Puts a refusal's reasons on the page, and the fields they concern, for a page shown again. */
	void show(Model model, ScoringRefused refused, Locale locale) {
		model.addAttribute("refusals", render(refused.reasons(), locale));
		model.addAttribute("refusedFields",
				refused.reasons().stream().map(Refusal.Reason::field).collect(Collectors.toSet()));
	}

	/** A refusal's reasons as one text, for the flash error after a button. */
	String joined(ScoringRefused refused, Locale locale) {
		return String.join(" ", render(refused.reasons(), locale));
	}

	/** Runs a change that re-renders its page when refused; otherwise redirects to where it says. */
	String attempt(Supplier<String> change, String savedKey, RedirectAttributes redirect, Model model,
			Locale locale, Supplier<String> showAgain) {
		try {
			String target = change.get();
			redirect.addFlashAttribute("message", savedKey);
			return "redirect:" + target;
		}
		catch (ScoringRefused refused) {
			show(model, refused, locale);
			return showAgain.get();
		}
	}

	/** Runs a button's change and goes back to {@code target}, with its refusal as the error if refused. */
	String flashing(Runnable change, String doneKey, RedirectAttributes redirect, Locale locale,
			String target) {
		try {
			change.run();
			redirect.addFlashAttribute("message", doneKey);
		}
		catch (ScoringRefused refused) {
			redirect.addFlashAttribute("error", joined(refused, locale));
		}
		return "redirect:" + target;
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
