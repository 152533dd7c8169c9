package cn.laurel.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters for an account. Username and temporary password are only given when the
 * account is created (validation group {@link Creation}); afterwards the username is fixed and passwords
 * change through a reset. The rule between role, unit and capacity lives in {@link AccountFormValidator}.
 */
public class AccountForm {

	/** Letters, digits, dot, dash and underscore, 3 to 50; empty is left to {@code @NotBlank}. */
	static final String USERNAME_PATTERN = "|[A-Za-z0-9][A-Za-z0-9._-]{2,49}";

	/** Validation group of the fields given only at creation. */
	public interface Creation {

	}

	@NotBlank(groups = Creation.class, message = "{account.username.required}")
	@Pattern(groups = Creation.class, regexp = USERNAME_PATTERN, message = "{account.username.invalid}")
	private String username;

	@NotBlank(message = "{account.display-name.required}")
	@Size(max = 50, message = "{account.display-name.too-long}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	private Long unitId;

	private Capacity capacity;

	@NotBlank(groups = Creation.class, message = "{account.temporary-password.required}")
	private String temporaryPassword;

	public static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.setUsername(account.getUsername());
		form.setDisplayName(account.getDisplayName());
		form.setRole(account.getRole());
		form.setUnitId(account.getUnitId());
		form.setCapacity(account.getCapacity());
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.trim() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.trim() : null;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Capacity getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Capacity capacity) {
		this.capacity = capacity;
	}

	public String getTemporaryPassword() {
		return this.temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
