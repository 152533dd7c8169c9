package cn.laurel.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import cn.laurel.org.AccountPasswords;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.PasswordChangeForm;
import cn.laurel.org.PasswordChangeFormValidator;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in holder's own password, for scripts and the mobile client; 204 on success. */
@RestController
class PasswordApi {

	static final String PATH = "/api/v1/account/password";

	private final AccountPasswords passwords;

	PasswordApi(AccountPasswords passwords) {
		this.passwords = passwords;
	}

	@InitBinder("passwordChangeForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new PasswordChangeFormValidator());
	}

	@PostMapping(PATH)
	ResponseEntity<Void> change(@Valid @RequestBody PasswordChangeForm passwordChangeForm,
			@AuthenticationPrincipal LaurelUser user, HttpServletRequest request, HttpServletResponse response) {
		LaurelUser changed = this.passwords.change(user.accountId(), passwordChangeForm,
				SignedInUser.sessionId(request));
		SignedInUser.replace(changed, request, response);
		return ResponseEntity.noContent().build();
	}

}
