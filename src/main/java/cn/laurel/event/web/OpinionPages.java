package cn.laurel.event.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import cn.laurel.event.Consultation;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.Opinion;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 征求意见表 desk: the counts by topic, each opinion with its owner and reply, paper forms typed in, and the report
 * as Word and .xlsx.
 */
@Controller
class OpinionPages {

	private final EventPlanning planning;

	private final Consultation consultation;

	private final Exports exports;

	private final MessageSource messages;

	private final Clock clock;

	OpinionPages(EventPlanning planning, Consultation consultation, Exports exports, MessageSource messages,
			Clock clock) {
		this.planning = planning;
		this.consultation = consultation;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events/{eventId}/opinions")
	String desk(@PathVariable long eventId, Model model) {
		EventOverview overview = this.planning.overview(eventId);
		model.addAttribute("event", overview.event());
		model.addAttribute("summary", this.consultation.summary(eventId, overview));
		model.addAttribute("zone", this.clock.getZone());
		return "event/opinions";
	}

	@PostMapping("/events/{eventId}/opinions")
	String enter(@PathVariable long eventId, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String content, @RequestParam(required = false) String authorName,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String phone,
			RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> this.consultation.enter(eventId,
				new Opinion.Form(topic, content, authorName, organisation, phone)));
	}

	@PostMapping("/events/{eventId}/opinions/{opinionId}/owner")
	String assign(@PathVariable long eventId, @PathVariable long opinionId, @RequestParam String owner,
			RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> this.consultation.assign(eventId, opinionId, owner));
	}

	@PostMapping("/events/{eventId}/opinions/{opinionId}/reply")
	String reply(@PathVariable long eventId, @PathVariable long opinionId, @RequestParam String reply,
			RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> this.consultation.reply(eventId, opinionId, reply));
	}

	@GetMapping("/events/{eventId}/report.{format:docx|xlsx}")
	void report(@PathVariable long eventId, @PathVariable String format, Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.report(eventId, format, locale, response);
	}

	private String act(long eventId, RedirectAttributes redirect, Locale locale, Runnable action) {
		return Downloads.act("/events/" + eventId + "/opinions", redirect, this.messages, locale, action);
	}

}
