package cn.laurel;

import java.time.Instant;
import java.util.UUID;

import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts that tests sign in with: a unique username, the known {@link #PASSWORD}, a unit where
 * the role needs one, and the password already chosen so that no first-login step stands in the way.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Laurel-test-1";

	private final Accounts accounts;

	private final Units units;

	private final PasswordEncoder passwords;

	public TestAccounts(Accounts accounts, Units units, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.units = units;
		this.passwords = passwords;
	}

	public Account create(Role role, String displayName) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Long unitId = role.needsUnit()
				? this.units.save(new Unit("test-" + suffix, "unit " + suffix, UnitType.AUTHORITY, null)).getId()
				: null;
		Capacity capacity = (role == Role.ENDORSER) ? Capacity.DEPARTMENT_HEAD : null;
		String hash = this.passwords.encode(PASSWORD);
		Account account = new Account(role.name().toLowerCase() + "-" + suffix, displayName, hash, role, unitId,
				capacity);
		account.changePassword(hash, Instant.now());
		return this.accounts.save(account);
	}

}
