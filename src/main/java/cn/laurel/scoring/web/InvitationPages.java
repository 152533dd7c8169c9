package cn.laurel.scoring.web;

import java.util.Locale;

import cn.laurel.scoring.InvitationAcceptance;
import cn.laurel.scoring.ScoringRefused;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens, for someone who has no account yet (so under {@code /public}).
 * It says which panel of which campaign invites them, or that the link no longer works.
 */
@Controller
class InvitationPages {

	static final String PATH = "/public/judge-invitations/";

	/** The session attribute the login page fills its username from. */
	private static final String LOGIN_USERNAME = "LOGIN_USERNAME";

	private final InvitationAcceptance desk;

	private final ScoringMessages messages;

	InvitationPages(InvitationAcceptance desk, ScoringMessages messages) {
		this.desk = desk;
		this.messages = messages;
	}

	/** What the invitee types; passwords are never shown again. */
	static class AcceptanceForm {

		private String displayName;

		private String password;

		private String repeatPassword;

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getRepeatPassword() {
			return this.repeatPassword;
		}

		public void setRepeatPassword(String repeatPassword) {
			this.repeatPassword = repeatPassword;
		}

	}

	@GetMapping(PATH + "{token}")
	String offer(@PathVariable String token, Model model) {
		InvitationAcceptance.Offer offer = this.desk.offer(token);
		AcceptanceForm form = new AcceptanceForm();
		form.setDisplayName(offer.invitation().invitee());
		return show(token, offer, form, model);
	}

	@PostMapping(PATH + "{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") AcceptanceForm form, Model model,
			HttpSession session, RedirectAttributes redirect, Locale locale) {
		try {
			var account = this.desk.accept(token, new InvitationAcceptance.Acceptance(form.getDisplayName(),
					form.getPassword(), form.getRepeatPassword()));
			session.setAttribute(LOGIN_USERNAME, account.getUsername());
			redirect.addFlashAttribute("username", account.getUsername());
			return "redirect:" + PATH + "accepted";
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			form.setPassword(null);
			form.setRepeatPassword(null);
			return show(token, this.desk.offer(token), form, model);
		}
	}

	@GetMapping(PATH + "accepted")
	String accepted() {
		return "scoring/invitation-accepted";
	}

	private String show(String token, InvitationAcceptance.Offer offer, AcceptanceForm form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("offer", offer);
		model.addAttribute("form", form);
		return "scoring/invitation";
	}

}
