package cn.laurel.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The viewer and its API as administrators and the roles that may not read the trail see them. */
@LaurelIntegrationTest
class AuditViewerTests {

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

	@Autowired
	Clock clock;

	static final String ENTRIES = "tr[id^=audit-entry-]";

	TestAccounts testAccounts;

	RequestPostProcessor admin;

	@BeforeEach
	void signInAnAdministrator() {
		this.testAccounts = new TestAccounts(this.accounts, this.units, this.passwords);
		this.admin = as(Role.ADMIN);
	}

	@Test
	void anAdministratorSeesEntriesWithTheirStatesAndTheChainBanner() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(new TestEvent("test.quota-changed", subjectType, "42", null, Map.of("quota", 15),
				Map.of("quota", 20), "附件1调整名额"));

		Document page = page(get("/audit").param("subjectType", subjectType).with(this.admin));

		assertThat(page.select(".alert-success").text()).contains("哈希链完整");
		assertThat(page.select(ENTRIES)).singleElement().satisfies(entry -> {
			assertThat(entry.text()).contains("test.quota-changed", subjectType + "：42", "附件1调整名额");
			assertThat(entry.select("details pre.audit-state")).extracting(Element::wholeText)
				.containsExactly("{\n  \"quota\" : 15\n}", "{\n  \"quota\" : 20\n}");
		});
		assertThat(page.select("input[name=subjectType]").val()).isEqualTo(subjectType);
	}

	@Test
	void thePageSpeaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/audit").param("lang", "en").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit log")))
			.andExpect(content().string(containsString("The hash chain is intact")));
	}

	@Test
	void filtersNarrowTheEntriesAndKeepTheirValues() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		long campaign = uniqueCampaignId();
		this.events.publishEvent(TestEvent.of("test.phase.advanced", subjectType, "1", campaign));
		this.events.publishEvent(TestEvent.of("test.phase.reopened", subjectType, "2", campaign));
		this.events.publishEvent(TestEvent.of("test.phase.advanced", subjectType, "3", campaign + 1));
		this.events.publishEvent(TestEvent.of("test.phase_advanced", subjectType, "4", campaign));

		Document page = page(get("/audit").param("campaignId", String.valueOf(campaign))
			.param("action", "test.phase.adv")
			.param("subjectType", subjectType)
			.param("actor", AuditRecorder.SYSTEM)
			.with(this.admin));

		assertThat(page.select(ENTRIES)).singleElement()
			.extracting(Element::text)
			.asString()
			.contains(subjectType + "：1", "活动 " + campaign);
		assertThat(page.select("input[name=campaignId]").val()).isEqualTo(String.valueOf(campaign));
		assertThat(page.select("input[name=action]").val()).isEqualTo("test.phase.adv");
		assertThat(page.select("input[name=actor]").val()).isEqualTo(AuditRecorder.SYSTEM);
		assertThat(page.select("input[name=subjectType]").val()).isEqualTo(subjectType);

		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).param("action", "test.phase_")
				.with(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].subjectId").value("4"));
		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).param("actor", "nobody").with(this.admin))
			.andExpect(jsonPath("$.entries.length()").value(0));
	}

	@Test
	void dateFiltersCountWholeDaysInBeijing() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		// 2024-03-01 23:59:59 and 2024-03-02 00:30 in Beijing
		appendAt("2024-03-01T15:59:59Z", subjectType, "late-on-the-first");
		appendAt("2024-03-01T16:30:00Z", subjectType, "early-on-the-second");

		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).param("from", "2024-03-02")
				.param("to", "2024-03-02").with(this.admin))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].subjectId").value("early-on-the-second"))
			.andExpect(jsonPath("$.entries[0].occurredAt").value("2024-03-02T00:30:00+08:00"));
		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).param("to", "2024-03-01")
				.with(this.admin))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].subjectId").value("late-on-the-first"));
		Document page = page(get("/audit").param("subjectType", subjectType)
			.param("from", "2024-03-01")
			.param("to", "2024-03-02")
			.with(this.admin));
		assertThat(page.select(ENTRIES + " td:first-child")).extracting(Element::text)
			.containsExactly("2024-03-02 00:30:00", "2024-03-01 23:59:59");
		assertThat(page.select("input[name=from]").val()).isEqualTo("2024-03-01");
		assertThat(page.select("input[name=to]").val()).isEqualTo("2024-03-02");
	}

	@Test
	void fiftyEntriesMakeAPageNewestFirstAndPagingKeepsTheFilters() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		for (int i = 1; i <= 51; i++) {
			this.events.publishEvent(TestEvent.of("test.paged", subjectType, String.valueOf(i), null));
		}

		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).with(this.admin))
			.andExpect(jsonPath("$.entries.length()").value(50))
			.andExpect(jsonPath("$.entries[0].subjectId").value("51"))
			.andExpect(jsonPath("$.hasPrevious").value(false))
			.andExpect(jsonPath("$.hasNext").value(true));
		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).param("page", "1").with(this.admin))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].subjectId").value("1"))
			.andExpect(jsonPath("$.hasPrevious").value(true))
			.andExpect(jsonPath("$.hasNext").value(false));
		Document first = page(get("/audit").param("subjectType", subjectType).with(this.admin));
		assertThat(first.select(ENTRIES)).hasSize(50);
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/audit?subjectType=" + subjectType + "&page=1");
		Document second = page(get("/audit").param("subjectType", subjectType).param("page", "1").with(this.admin));
		assertThat(second.select(ENTRIES)).hasSize(1);
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/audit?subjectType=" + subjectType + "&page=0");
	}

	@Test
	void anActionWithoutANameIsShownAsRecorded() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(TestEvent.of("test.nameless-action", subjectType, "1", null));

		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).with(this.admin))
			.andExpect(jsonPath("$.entries[0].action").value("test.nameless-action"))
			.andExpect(jsonPath("$.entries[0].actionName").value("test.nameless-action"));
	}

	@Test
	void theApiEmbedsStatesAsJson() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(new TestEvent("test.renamed", subjectType, "7", null, Map.of("name", "旧名"),
				Map.of("name", "新名"), null));

		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).with(this.admin))
			.andExpect(jsonPath("$.entries[0].before.name").value("旧名"))
			.andExpect(jsonPath("$.entries[0].after.name").value("新名"))
			.andExpect(jsonPath("$.pageSize").value(50));
	}

	@Test
	void anOrganiserWithoutVisibleCampaignsSeesNoEntriesAndNoBanner() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(TestEvent.of("test.hidden", subjectType, "1", uniqueCampaignId()));
		RequestPostProcessor organiser = as(Role.ORGANISER);

		this.mvc.perform(get("/audit").param("subjectType", subjectType).with(organiser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的记录")))
			.andExpect(content().string(not(containsString("哈希链"))));
		this.mvc.perform(get("/api/v1/audit").param("subjectType", subjectType).with(organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(0));
		this.mvc.perform(get("/api/v1/audit/integrity").with(organiser)).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CLERK", "JUDGE", "ENDORSER" })
	void otherRolesAreRefusedThePageAndTheApi(Role role) throws Exception {
		RequestPostProcessor someone = as(role);
		this.mvc.perform(get("/audit").with(someone)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").with(someone)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit/integrity").with(someone)).andExpect(status().isForbidden());
	}

	@Test
	void theMenuLeadsAdministratorsAndOrganisersToTheViewerOnly() throws Exception {
		assertThat(page(get("/").with(this.admin)).select("a[href=/audit]")).isNotEmpty();
		assertThat(page(get("/").with(as(Role.ORGANISER))).select("a[href=/audit]")).isNotEmpty();
		assertThat(page(get("/").with(as(Role.CLERK))).select("a[href=/audit]")).isEmpty();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private RequestPostProcessor as(Role role) {
		String username = this.testAccounts.create(role, role.name()).getUsername();
		return user(this.users.loadUserByUsername(username));
	}

	/** An entry dated in the past, chained like any other. */
	private void appendAt(String instant, String subjectType, String subjectId) {
		new AuditTrail(this.jdbc, Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"))).append("system",
				"test.dated", subjectType, subjectId, null, null, null, null);
	}

	private long uniqueCampaignId() {
		return this.jdbc.sql("select coalesce(max(campaign_id), 0) + 1000 from audit_entry").query(Long.class).single();
	}

}
