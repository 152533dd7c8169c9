package cn.laurel.nomination;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.org.Accounts;
import cn.laurel.org.Units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Makes a {@link NominationScenario} (a new organising office each time) for full-stack tests. */
@Component
public class NominationScenarios {

	private final CampaignSetup setup;

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	NominationScenarios(CampaignSetup setup, Units units, Accounts accounts, PasswordEncoder passwords,
			UserDetailsService users, JdbcClient jdbc) {
		this.setup = setup;
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
		this.jdbc = jdbc;
	}

	public NominationScenario create() {
		return new NominationScenario(this.setup, this.units, this.accounts, this.passwords, this.users, this.jdbc);
	}

}
