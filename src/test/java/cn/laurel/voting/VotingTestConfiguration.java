package cn.laurel.voting;

import java.time.Duration;

import cn.laurel.TestAccounts;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.org.Accounts;
import cn.laurel.org.Units;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import static org.awaitility.Awaitility.await;

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

	/** A vote is answered after its commit, off the request's thread: a test's request returns once it is answered. */
	@Bean
	MockMvcBuilderCustomizer votesAnsweredBeforeAssertions() {
		return builder -> builder.alwaysDo(VotingTestConfiguration::awaitAnswer);
	}

	private static void awaitAnswer(MvcResult result) {
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(1))
			.until(() -> !result.getRequest().isAsyncStarted());
	}

	@Bean
	VotingTestData votingTestData(Accounts accounts, Units units, PasswordEncoder passwords,
			UserDetailsService userDetails, CampaignSetup setup, VotingAdministration administration,
			TestCatalogue catalogue) {
		return new VotingTestData(new TestAccounts(accounts, units, passwords), userDetails, setup, administration,
				catalogue);
	}

}
