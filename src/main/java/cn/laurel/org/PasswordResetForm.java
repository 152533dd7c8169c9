package cn.laurel.org;

import jakarta.validation.constraints.NotBlank;

/** The temporary password an administrator gives a holder who forgot theirs. */
public class PasswordResetForm {

	@NotBlank(message = "{account.temporary-password.required}")
	private String temporaryPassword;

	public String getTemporaryPassword() {
		return this.temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
