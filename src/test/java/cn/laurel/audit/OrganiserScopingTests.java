package cn.laurel.audit;

import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisers read the entries of the campaigns the campaign module grants them, and nothing else. */
@LaurelIntegrationTest
class OrganiserScopingTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	String subjectType;

	long ownCampaign;

	long otherCampaign;

	RequestPostProcessor organiser;

	RequestPostProcessor admin;

	@BeforeEach
	void anOrganiserOfOneCampaignAmongTwo() {
		TestAccounts testAccounts = new TestAccounts(this.accounts, this.units, this.passwords);
		this.admin = user(this.users.loadUserByUsername(testAccounts.create(Role.ADMIN, "admin").getUsername()));
		NominationScenario own = this.scenarios.create();
		this.organiser = user(own.organiser);
		this.ownCampaign = campaignOf(own);
		this.otherCampaign = campaignOf(this.scenarios.create());

		this.subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(TestEvent.of("test.own", this.subjectType, "own", this.ownCampaign));
		this.events.publishEvent(TestEvent.of("test.other", this.subjectType, "other", this.otherCampaign));
		this.events.publishEvent(TestEvent.of("test.global", this.subjectType, "global", null));
	}

	private static long campaignOf(NominationScenario scenario) {
		return scenario.openCategory("generic-person", NomineeKind.PERSON, 1, List.of(), List.of()).getCampaignId();
	}

	@Test
	void theOrganiserSeesOnlyTheirCampaignsEntries() throws Exception {
		this.mvc.perform(get("/api/v1/audit").param("subjectType", this.subjectType).with(this.organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].subjectId").value(containsInAnyOrder("own")));

		String html = this.mvc.perform(get("/audit").param("subjectType", this.subjectType).with(this.organiser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(AuditViewerTests.ENTRIES)).singleElement()
			.satisfies(entry -> assertThat(entry.text()).contains("test.own"));
		assertThat(page.select(".alert")).as("no hash chain banner for organisers").isEmpty();
	}

	@Test
	void filteringForAnotherCampaignFindsNothing() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit").param("subjectType", this.subjectType)
				.param("campaignId", String.valueOf(this.otherCampaign))
				.with(this.organiser))
			.andExpect(jsonPath("$.entries.length()").value(0));
	}

	@Test
	void theAdministratorStillSeesEveryEntry() throws Exception {
		this.mvc.perform(get("/api/v1/audit").param("subjectType", this.subjectType).with(this.admin))
			.andExpect(jsonPath("$.entries[*].subjectId").value(containsInAnyOrder("own", "other", "global")));
	}

}
