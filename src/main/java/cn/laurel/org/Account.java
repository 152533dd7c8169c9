package cn.laurel.org;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/** A person's login: one role, and for unit roles the unit they act for. */
@Table("account")
public class Account {

	@Id
	private Long id;

	@Version
	private Long version;

	private String username;

	private String displayName;

	private String passwordHash;

	private Role role;

	private Long unitId;

	/** Only for endorsers: the capacity in which they sign. */
	private Capacity capacity;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private boolean mustChangePassword;

	@PersistenceCreator
	Account(Long id, Long version, String username, String displayName, String passwordHash, Role role, Long unitId,
			Capacity capacity, boolean enabled, int failedAttempts, Instant lockedUntil, Instant passwordChangedAt,
			boolean mustChangePassword) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.unitId = unitId;
		this.capacity = capacity;
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.passwordChangedAt = passwordChangedAt;
		this.mustChangePassword = mustChangePassword;
	}

	/** A new account whose holder must choose their own password at first login. */
	public Account(String username, String displayName, String passwordHash, Role role, Long unitId,
			Capacity capacity) {
		this(null, null, username, displayName, passwordHash, role, unitId, capacity, true, 0, null, null, true);
		assign(role, unitId, capacity);
	}

	/** Changes what the account does; the combination must make sense (see {@link Role#needsUnit()}). */
	public void assign(Role role, Long unitId, Capacity capacity) {
		Assert.notNull(role, "role");
		Assert.isTrue(!role.needsUnit() || unitId != null, "role " + role + " needs a unit");
		Assert.isTrue((role == Role.ENDORSER) == (capacity != null), "only endorsers have a capacity");
		this.role = role;
		this.unitId = unitId;
		this.capacity = capacity;
	}

	public void rename(String displayName) {
		Assert.hasText(displayName, "displayName");
		this.displayName = displayName.trim();
	}

	/**
	 * Counts a failed login; the {@code maxFailures}-th in a row locks the account for
	 * {@code lockout}, after which counting starts again.
	 */
	public void recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
		this.failedAttempts++;
		if (this.failedAttempts >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
			this.failedAttempts = 0;
		}
	}

	public void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	/** The holder chose a new password. */
	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
	}

	/** An administrator set a temporary password that the holder must replace at next login. */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		unlock();
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Capacity getCapacity() {
		return this.capacity;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

}
