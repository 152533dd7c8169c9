package cn.laurel.org.web;

import cn.laurel.org.AccountPasswords;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.OrgRefused;
import cn.laurel.org.PasswordChangeForm;
import cn.laurel.org.PasswordChangeFormValidator;
import cn.laurel.system.RefusalForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in holder's own password; also where holders of a temporary password are sent. */
@Controller
@RequestMapping(PasswordPages.PATH)
class PasswordPages {

	static final String PATH = "/account/password";

	private static final String VIEW = "org/account/password";

	private final AccountPasswords passwords;

	private final RefusalForms refusals;

	PasswordPages(AccountPasswords passwords, RefusalForms refusals) {
		this.refusals = refusals;
		this.passwords = passwords;
	}

	@InitBinder("passwordChangeForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.addValidators(new PasswordChangeFormValidator());
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return VIEW;
	}

	/** Never echoes a password back into the form, not even one that was refused. */
	@PostMapping
	String change(@Valid PasswordChangeForm passwordChangeForm, BindingResult result,
			@AuthenticationPrincipal LaurelUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				LaurelUser changed = this.passwords.change(user.accountId(), passwordChangeForm,
						SignedInUser.sessionId(request));
				SignedInUser.replace(changed, request, response);
				redirect.addFlashAttribute("message", "password.changed");
				return "redirect:/";
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		passwordChangeForm.setCurrentPassword(null);
		passwordChangeForm.setNewPassword(null);
		passwordChangeForm.setRepeatPassword(null);
		return VIEW;
	}

}
