package cn.laurel.voting;

import cn.laurel.TestAccounts;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.org.Accounts;
import cn.laurel.org.Units;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the voting tests add to the application: a candidate catalogue, an SMS gateway to read, test data. */
@TestConfiguration(proxyBeanMethods = false)
class VotingTestConfiguration {

	/** Stands in for the nominations' candidates, so tests choose who is on the ballot. */
	@Bean
	@Primary
	TestCatalogue testCatalogue() {
		return new TestCatalogue();
	}

	@Bean
	@Primary
	RecordingSmsGateway recordingSmsGateway() {
		return new RecordingSmsGateway();
	}

	@Bean
	VotingTestData votingTestData(Accounts accounts, Units units, PasswordEncoder passwords,
			UserDetailsService userDetails, CampaignSetup setup, VotingAdministration administration,
			TestCatalogue catalogue) {
		return new VotingTestData(new TestAccounts(accounts, units, passwords), userDetails, setup, administration,
				catalogue);
	}

}
