package cn.laurel.org;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Units and accounts with unique codes and names, for integration tests that share one database. */
final class OrgTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final String PASSWORD = "Laurel2025";

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	OrgTestData(Units units, Accounts accounts, PasswordEncoder passwordEncoder) {
		this.units = units;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/** A code or username no other test uses. */
	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
	}

	Unit unit(UnitType type, Unit parent) {
		String code = unique(type.name().toLowerCase());
		return this.units.save(new Unit(code, "单位 " + code, type, (parent != null) ? parent.getId() : null));
	}

	Unit squadronStationedAt(Unit town) {
		Unit squadron = new Unit(unique("sq"), "派驻中队", UnitType.STATIONED_SQUADRON, null);
		squadron.stationAt(town.getId());
		return this.units.save(squadron);
	}

	/** An account that already chose its own password {@link #PASSWORD}. */
	Account account(Role role, Unit unit) {
		Account account = newAccount(role, unit);
		account.changePassword(this.passwordEncoder.encode(PASSWORD), Instant.now());
		return this.accounts.save(account);
	}

	/** An account as an administrator creates it: temporary password {@link #PASSWORD}, to be changed. */
	Account accountWithTemporaryPassword(Role role, Unit unit) {
		return this.accounts.save(newAccount(role, unit));
	}

	Account reload(Account account) {
		return this.accounts.findById(account.getId()).orElseThrow();
	}

	private Account newAccount(Role role, Unit unit) {
		return new Account(unique(role.name().toLowerCase()), "测试 " + role, this.passwordEncoder.encode(PASSWORD),
				role, role.needsUnit() ? unit.getId() : null, (role == Role.ENDORSER) ? Capacity.TOWN : null);
	}

	/** A principal for requests that do not go through the login form; never has to change its password. */
	static LaurelUser signedIn(Role role) {
		return new LaurelUser(new Account(null, null, unique(role.name().toLowerCase()), "测试 " + role, "", role,
				role.needsUnit() ? 1L : null, (role == Role.ENDORSER) ? Capacity.TOWN : null, true, 0, null, null,
				false), false);
	}

	static LaurelUser signedIn(Account account) {
		return new LaurelUser(account, false);
	}

	/** Signs in through the login form and returns the session cookie. */
	static Cookie[] signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		return result.getResponse().getCookies();
	}

}
