package cn.laurel.org;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the rest of the application sees it. Kept small and serialisable
 * because it lives in the database-backed HTTP session; the password hash is erased after login.
 */
public final class LaurelUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long accountId;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Role role;

	private final Long unitId;

	private final Capacity capacity;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	LaurelUser(Account account, boolean locked) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.role = account.getRole();
		this.unitId = account.getUnitId();
		this.capacity = account.getCapacity();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.mustChangePassword = account.isMustChangePassword();
	}

	public Long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The unit an organiser, clerk or endorser acts for; {@code null} for admins and judges. */
	public Long unitId() {
		return this.unitId;
	}

	public Capacity capacity() {
		return this.capacity;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
