package cn.laurel.nomination;

import java.time.Clock;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clerk's nomination API over HTTP Basic, on PostgreSQL: drafts, refusals in Chinese, submission. */
@LaurelIntegrationTest
class NominationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignSetup setup;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	NominationFixtures fixtures;

	UserDetails clerk;

	@BeforeEach
	void setUp() {
		this.fixtures = new NominationFixtures(this.units, this.accounts, this.passwords, this.users, this.setup,
				this.clock);
		this.clerk = this.fixtures.account(Role.CLERK, this.fixtures.unit(UnitType.COUNTY, null), null);
	}

	@Test
	void aClerkDraftsThroughTheApiHasAnOverLongDeedRefusedIn422InChineseKeepsItAndThenSubmits() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		String created = this.mvc
			.perform(post("/api/v1/nominations").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryId\": " + opened.categoryId() + "}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/nominations/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.editable").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(created).get("id").asLong();
		this.mvc.perform(get("/api/v1/nominations").with(basic(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));

		var answers = NominationFixtures.personAnswers();
		String deeds = "为群众办实事".repeat(51);
		answers.put("deeds", deeds);
		this.mvc.perform(put("/api/v1/nominations/" + id).with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(answers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.values.idNumber").value(NominationFixtures.ID_NUMBER))
			.andExpect(jsonPath("$.answers.tables.resume[2][1]").value("至今"));
		this.mvc.perform(post("/api/v1/nominations/" + id + "/submit").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(answers)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("nomination-refused"))
			.andExpect(jsonPath("$.violations[?(@.field == 'answers.deeds')].message")
				.value("“主要事迹”共306字，超过300字的上限，请删减后再提交（内容已保存）。"))
			.andExpect(jsonPath("$.violations[?(@.field == 'photos')].message").value("照片须为 1–1 张，当前为 0 张。"))
			.andExpect(jsonPath("$.violations[?(@.field == 'sealedScan')].code")
				.value("nomination.rule.sealed-scan-required"));
		this.mvc.perform(get("/api/v1/nominations/" + id).with(basic(this.clerk)))
			.andExpect(jsonPath("$.answers.values.deeds").value(deeds))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		for (String purpose : new String[] { "PHOTO", "SEALED_SCAN" }) {
			byte[] bytes = purpose.equals("PHOTO") ? NominationFixtures.image(350, 490, "jpg") : NominationFixtures.pdf();
			this.mvc.perform(multipart("/nominations/" + id + "/files")
					.file(new MockMultipartFile("file", purpose, "application/octet-stream", bytes))
					.param("purpose", purpose)
					.with(user(this.clerk))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		answers.put("deeds", "扎根社区十余年，为群众办实事三百余件。");
		this.mvc.perform(post("/api/v1/nominations/" + id + "/submit").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(answers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.history[1].action").value("submitted"));
	}

	@Test
	void aDraftInACategoryNobodyKnowsIs404AndAJudgeHasNoNominationsToList() throws Exception {
		this.mvc.perform(post("/api/v1/nominations").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryId\": 0}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not-found"));
		UserDetails judge = this.fixtures.account(Role.JUDGE, null, null);
		this.mvc.perform(get("/api/v1/nominations").with(basic(judge))).andExpect(status().isNotFound());
	}

	private String body(Map<String, String> answers) {
		return this.json.writeValueAsString(
				Map.of("answers", Map.of("values", answers, "tables", Map.of("resume", NominationFixtures.RESUME))));
	}

	private static RequestPostProcessor basic(UserDetails user) {
		return httpBasic(user.getUsername(), NominationFixtures.PASSWORD);
	}

}
