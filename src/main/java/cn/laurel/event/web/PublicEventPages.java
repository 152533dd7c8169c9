package cn.laurel.event.web;

import java.util.Locale;

import cn.laurel.event.Consultation;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.EventRefused;
import cn.laurel.event.Opinion;
import cn.laurel.event.Participant;
import cn.laurel.event.Registration;
import cn.laurel.system.ReasonMessages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The event's phone pages, open to everyone without signing in and reached by link or QR code: the event and its
 * agenda, public sign-up, check-in at the door by phone number, the 征求意见表, and each participant's personal page
 * (invitation answer, check-in, agenda). A page refused shows the reason above the form as typed.
 */
@Controller
class PublicEventPages {

	private final EventPlanning planning;

	private final Registration registration;

	private final Consultation consultation;

	private final MessageSource messages;

	PublicEventPages(EventPlanning planning, Registration registration, Consultation consultation,
			MessageSource messages) {
		this.planning = planning;
		this.registration = registration;
		this.consultation = consultation;
		this.messages = messages;
	}

	/** What a person typed, kept when the form is shown again. */
	record Typed(Long groupId, String name, String organisation, String phone, String topic, String content) {
	}

	@GetMapping("/public/events/{key}")
	String event(@PathVariable String key, Model model) {
		return page(key, model, "event/public");
	}

	@GetMapping("/public/events/{key}/sign-up")
	String signUpForm(@PathVariable String key, Model model) {
		return page(key, model, "event/public-sign-up");
	}

	@PostMapping("/public/events/{key}/sign-up")
	String signUp(@PathVariable String key, @ModelAttribute("typed") Typed typed, Model model, Locale locale) {
		try {
			Participant participant = this.registration.signUp(key, typed.groupId() == null ? 0 : typed.groupId(),
					new Participant.Person(typed.name(), typed.organisation(), typed.phone(), null));
			return "redirect:/public/events/invitations/" + participant.getToken() + "?applied";
		}
		catch (EventRefused refused) {
			return refused(key, model, refused, locale, "event/public-sign-up");
		}
	}

	@GetMapping("/public/events/{key}/check-in")
	String checkInForm(@PathVariable String key, Model model) {
		return page(key, model, "event/public-check-in");
	}

	/** The QR code at the door: the phone number typed is looked up in the list. */
	@PostMapping("/public/events/{key}/check-in")
	String checkIn(@PathVariable String key, @ModelAttribute("typed") Typed typed, Model model, Locale locale) {
		try {
			Participant participant = this.registration.checkInByPhone(key, typed.phone());
			return "redirect:/public/events/invitations/" + participant.getToken() + "?checkedIn";
		}
		catch (EventRefused refused) {
			return refused(key, model, refused, locale, "event/public-check-in");
		}
	}

	@GetMapping("/public/events/{key}/opinions")
	String opinionForm(@PathVariable String key, Model model) {
		return page(key, model, "event/public-opinion");
	}

	@PostMapping("/public/events/{key}/opinions")
	String submit(@PathVariable String key, @ModelAttribute("typed") Typed typed, Model model, Locale locale) {
		try {
			this.consultation.submit(key,
					new Opinion.Form(typed.topic(), typed.content(), typed.name(), typed.organisation(), typed.phone()));
			model.addAttribute("submitted", true);
			return page(key, model, "event/public-opinion");
		}
		catch (EventRefused refused) {
			return refused(key, model, refused, locale, "event/public-opinion");
		}
	}

	/** A participant's own page, by the personal link of their invitation or sign-up. */
	@GetMapping("/public/events/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		Participant participant = this.registration.byToken(token);
		EventOverview overview = this.planning.of(participant);
		model.addAttribute("participant", participant);
		model.addAttribute("overview", overview);
		model.addAttribute("event", overview.event());
		model.addAttribute("group", overview.groupName(participant.getGroupId()));
		return "event/public-invitation";
	}

	@PostMapping("/public/events/invitations/{token}/{verb:accept|decline|check-in}")
	String answer(@PathVariable String token, @PathVariable String verb, Model model, Locale locale) {
		try {
			switch (verb) {
				case "accept" -> this.registration.answer(token, true);
				case "decline" -> this.registration.answer(token, false);
				default -> this.registration.checkInByToken(token);
			}
			return "redirect:/public/events/invitations/" + token;
		}
		catch (EventRefused refused) {
			model.addAttribute("error", ReasonMessages.text(this.messages, refused, locale));
			return invitation(token, model);
		}
	}

	private String page(String key, Model model, String view) {
		EventOverview overview = this.planning.published(key);
		model.addAttribute("overview", overview);
		model.addAttribute("event", overview.event());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new Typed(null, null, null, null, null, null));
		}
		return view;
	}

	private String refused(String key, Model model, EventRefused refused, Locale locale, String view) {
		model.addAttribute("error", ReasonMessages.text(this.messages, refused, locale));
		return page(key, model, view);
	}

}
