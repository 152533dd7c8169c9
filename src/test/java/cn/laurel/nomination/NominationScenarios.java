package cn.laurel.nomination;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.org.Accounts;
import cn.laurel.org.Units;

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

	NominationScenarios(CampaignSetup setup, Units units, Accounts accounts, PasswordEncoder passwords,
			UserDetailsService users) {
		this.setup = setup;
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
	}

	public NominationScenario create() {
		return new NominationScenario(this.setup, this.units, this.accounts, this.passwords, this.users);
	}

}
