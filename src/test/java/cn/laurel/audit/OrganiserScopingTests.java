package cn.laurel.audit;

import java.util.Set;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.campaign.CampaignAccess;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.BDDMockito.willReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisers read the entries of the campaigns the campaign module grants them, and nothing else. */
@LaurelIntegrationTest
class OrganiserScopingTests {

	/** A spy, not a mock: the nomination module needs the real {@code campaignAccess} bean in the context. */
	@MockitoSpyBean
	CampaignAccess visibility;

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

	@Autowired
	JdbcClient jdbc;

	String subjectType;

	long ownCampaign;

	long otherCampaign;

	RequestPostProcessor organiser;

	RequestPostProcessor admin;

	@BeforeEach
	void anOrganiserOfOneCampaignAmongTwo() {
		TestAccounts testAccounts = new TestAccounts(this.accounts, this.units, this.passwords);
		String organiserName = testAccounts.create(Role.ORGANISER, "organiser").getUsername();
		this.organiser = user(this.users.loadUserByUsername(organiserName));
		this.admin = user(this.users.loadUserByUsername(testAccounts.create(Role.ADMIN, "admin").getUsername()));
		this.ownCampaign = this.jdbc.sql("select coalesce(max(campaign_id), 0) + 1000 from audit_entry")
			.query(Long.class)
			.single();
		this.otherCampaign = this.ownCampaign + 1;
		willReturn(Set.of(this.ownCampaign)).given(this.visibility).campaignsVisibleTo(organiserName);

		this.subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(TestEvent.of("test.own", this.subjectType, "own", this.ownCampaign));
		this.events.publishEvent(TestEvent.of("test.other", this.subjectType, "other", this.otherCampaign));
		this.events.publishEvent(TestEvent.of("test.global", this.subjectType, "global", null));
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
