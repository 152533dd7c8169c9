package cn.laurel.org;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The new password follows the {@link PasswordPolicy}, is typed the same twice, and differs from the current
 * one; whether the current one is right is checked against the account by {@link AccountPasswords}.
 */
public class PasswordChangeFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return PasswordChangeForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PasswordChangeForm form = (PasswordChangeForm) target;
		String password = form.getNewPassword();
		if (password == null || password.isEmpty()) {
			return;
		}
		PasswordPolicy.check(password).ifPresent(key -> errors.rejectValue("newPassword", key));
		if (form.getRepeatPassword() != null && !form.getRepeatPassword().isEmpty()
				&& !password.equals(form.getRepeatPassword())) {
			errors.rejectValue("repeatPassword", "password.repeat.mismatch");
		}
		if (password.equals(form.getCurrentPassword())) {
			errors.rejectValue("newPassword", "password.new.same-as-current");
		}
	}

}
