package cn.laurel.org.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.groups.Default;

import cn.laurel.org.Account;
import cn.laurel.org.AccountForm;
import cn.laurel.org.AccountFormValidator;
import cn.laurel.org.Capacity;
import cn.laurel.org.OrgAdministration;
import cn.laurel.org.PasswordResetForm;
import cn.laurel.org.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts as JSON, with the rules of the admin pages. Never returns a password hash. */
@RestController
@RequestMapping("/api/v1/admin/accounts")
class AccountApi {

	private final OrgAdministration org;

	AccountApi(OrgAdministration org) {
		this.org = org;
	}

	@InitBinder("accountForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new AccountFormValidator());
	}

	@GetMapping
	List<AccountView> list(@RequestParam(required = false) Role role,
			@RequestParam(required = false) Long unitId) {
		return this.org.accounts(role, unitId).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	AccountView one(@PathVariable Long id) {
		return view(this.org.account(id));
	}

	@PostMapping
	ResponseEntity<AccountView> create(
			@Validated({ Default.class, AccountForm.Creation.class }) @RequestBody AccountForm accountForm) {
		Account account = this.org.createAccount(accountForm);
		return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + account.getId())).body(view(account));
	}

	@PutMapping("/{id}")
	AccountView update(@PathVariable Long id, @Validated @RequestBody AccountForm accountForm) {
		return view(this.org.updateAccount(id, accountForm));
	}

	@PostMapping("/{id}/disable")
	AccountView disable(@PathVariable Long id) {
		return view(this.org.disableAccount(id));
	}

	@PostMapping("/{id}/enable")
	AccountView enable(@PathVariable Long id) {
		return view(this.org.enableAccount(id));
	}

	@PostMapping("/{id}/unlock")
	AccountView unlock(@PathVariable Long id) {
		return view(this.org.unlockAccount(id));
	}

	@PostMapping("/{id}/reset-password")
	AccountView resetPassword(@PathVariable Long id, @Validated @RequestBody PasswordResetForm passwordResetForm) {
		return view(this.org.resetPassword(id, passwordResetForm));
	}

	private AccountView view(Account account) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getUnitId(), account.getCapacity(), account.isEnabled(), this.org.isLocked(account),
				account.getLockedUntil(), account.isMustChangePassword());
	}

	/** An account as the API shows it. */
	record AccountView(Long id, String username, String displayName, Role role, Long unitId, Capacity capacity,
			boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword) {

	}

}
