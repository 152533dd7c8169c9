package cn.laurel.org.web;

import java.time.LocalDateTime;
import java.util.Locale;

import cn.laurel.org.Account;
import cn.laurel.org.AccountForm;
import cn.laurel.org.AccountFormValidator;
import cn.laurel.org.Capacity;
import cn.laurel.org.OrgAdministration;
import cn.laurel.org.OrgRefused;
import cn.laurel.org.PasswordResetForm;
import cn.laurel.org.Role;
import cn.laurel.org.UnitTree;
import cn.laurel.system.RefusalForms;
import jakarta.validation.groups.Default;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts for administrators: list by role and unit, create, edit, disable, unlock, reset the password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

	private static final String FORM = "org/accounts/form";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/accounts";

	private final OrgAdministration org;

	private final MessageSource messages;

	private final RefusalForms refusals;

	AccountPages(OrgAdministration org, MessageSource messages, RefusalForms refusals) {
		this.refusals = refusals;
		this.org = org;
		this.messages = messages;
	}

	@InitBinder("accountForm")
	void initAccountBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.addValidators(new AccountFormValidator());
	}

	@InitBinder("passwordResetForm")
	void initResetBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) Role role, @RequestParam(required = false) Long unitId,
			Model model) {
		UnitTree tree = this.org.unitTree();
		model.addAttribute("accounts", this.org.accounts(role, unitId)
			.stream()
			.map(this::row)
			.toList());
		model.addAttribute("role", role);
		model.addAttribute("unitId", unitId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", tree.nodes());
		model.addAttribute("unitNames", UnitViews.names(tree));
		return "org/accounts/list";
	}

	@GetMapping("/new")
	String creationForm(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, AccountForm.Creation.class }) AccountForm accountForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.org.createAccount(accountForm);
				redirect.addFlashAttribute("message", "account.created");
				return REDIRECT_TO_LIST;
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		accountForm.setTemporaryPassword(null);
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute("accountForm", AccountForm.of(this.org.account(id)));
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Validated AccountForm accountForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.org.updateAccount(id, accountForm);
				redirect.addFlashAttribute("message", "account.updated");
				return REDIRECT_TO_LIST;
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return form(model, id);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, @Validated PasswordResetForm passwordResetForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.org.resetPassword(id, passwordResetForm);
				redirect.addFlashAttribute("message", "account.password-reset");
				return "redirect:/admin/accounts/" + id + "/edit";
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		passwordResetForm.setTemporaryPassword(null);
		model.addAttribute("accountForm", AccountForm.of(this.org.account(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		try {
			this.org.disableAccount(id);
			redirect.addFlashAttribute("message", "account.disabled");
		}
		catch (OrgRefused rejected) {
			redirect.addFlashAttribute("error", this.refusals.text(rejected));
		}
		return "redirect:/admin/accounts/" + id + "/edit";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.org.enableAccount(id);
		redirect.addFlashAttribute("message", "account.enabled");
		return "redirect:/admin/accounts/" + id + "/edit";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		this.org.unlockAccount(id);
		redirect.addFlashAttribute("message", "account.unlocked");
		return "redirect:/admin/accounts/" + id + "/edit";
	}

	/** The form with its choices; when editing, also the account's state and the actions on it. */
	private String form(Model model, Long editedId) {
		UnitTree tree = this.org.unitTree();
		if (editedId != null) {
			Account account = this.org.account(editedId);
			model.addAttribute("account", row(account));
		}
		model.addAttribute("editedId", editedId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("units", tree.nodes());
		return FORM;
	}

	private AccountRow row(Account account) {
		return new AccountRow(account, this.org.isLocked(account), (account.getLockedUntil() != null)
				? LocalDateTime.ofInstant(account.getLockedUntil(), this.org.zone()) : null);
	}

	/**
	 * An account with whether it is locked right now, which the account alone cannot tell without a clock.
	 *
	 * @param account the account
	 * @param locked whether a lockout is running
	 * @param lockedUntil the end of the lockout in local time
	 */
	record AccountRow(Account account, boolean locked, LocalDateTime lockedUntil) {

	}

}
