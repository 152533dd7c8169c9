package cn.laurel.event.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.Participant;
import cn.laurel.event.Registration;
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
 * The participant list by group: invitations with their personal links, applications to approve or reject, check-in
 * at the desk, and the list as .xlsx. Phones and 身份证号 are shown masked.
 */
@Controller
class ParticipantPages {

	private final EventPlanning planning;

	private final Registration registration;

	private final Exports exports;

	private final MessageSource messages;

	private final Clock clock;

	ParticipantPages(EventPlanning planning, Registration registration, Exports exports,
			MessageSource messages, Clock clock) {
		this.planning = planning;
		this.registration = registration;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events/{eventId}/participants")
	String list(@PathVariable long eventId, Model model) {
		EventOverview overview = this.planning.overview(eventId);
		model.addAttribute("overview", overview);
		model.addAttribute("event", overview.event());
		model.addAttribute("zone", this.clock.getZone());
		return "event/participants";
	}

	@PostMapping("/events/{eventId}/participants")
	String invite(@PathVariable long eventId, @RequestParam long groupId, @RequestParam String name,
			@RequestParam(required = false) String organisation, @RequestParam String phone,
			@RequestParam(required = false) String idNumber, RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> this.registration.invite(eventId, groupId,
				new Participant.Person(name, organisation, phone, idNumber)));
	}

	@PostMapping("/events/{eventId}/participants/{participantId}/{verb:approve|reject|check-in}")
	String decide(@PathVariable long eventId, @PathVariable long participantId, @PathVariable String verb,
			RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> {
			switch (verb) {
				case "approve" -> this.registration.approve(eventId, participantId);
				case "reject" -> this.registration.reject(eventId, participantId);
				default -> this.registration.checkIn(eventId, participantId);
			}
		});
	}

	@GetMapping("/events/{eventId}/participants.xlsx")
	void workbook(@PathVariable long eventId, Locale locale, HttpServletResponse response) throws IOException {
		this.exports.participants(eventId, locale, response);
	}

	private String act(long eventId, RedirectAttributes redirect, Locale locale, Runnable action) {
		return Downloads.act("/events/" + eventId + "/participants", redirect, this.messages, locale, action);
	}

}
