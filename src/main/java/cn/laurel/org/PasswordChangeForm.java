package cn.laurel.org;

import jakarta.validation.constraints.NotBlank;

/** A holder's new password, with the current one as proof and a repetition against typing mistakes. */
public class PasswordChangeForm {

	@NotBlank(message = "{password.current.required}")
	private String currentPassword;

	@NotBlank(message = "{password.new.required}")
	private String newPassword;

	@NotBlank(message = "{password.repeat.required}")
	private String repeatPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
