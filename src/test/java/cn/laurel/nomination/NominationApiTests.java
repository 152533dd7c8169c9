package cn.laurel.nomination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clerk's nomination API over HTTP Basic, on PostgreSQL: drafts, refusals in Chinese, submission. */
@LaurelIntegrationTest
class NominationApiTests {

	private static final Answers PERSON = SeedAnswers.seed003Person(SeedAnswers.ID_NUMBER)
		.answers();

	@Autowired
	MockMvc mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	JsonMapper json;

	NominationScenario scenario;

	LaurelUser clerk;

	@BeforeEach
	void setUp() {
		this.scenario = this.beans.createBean(NominationScenario.class);
		this.clerk = this.scenario.account(Role.CLERK, this.scenario.unit(UnitType.COUNTY, this.scenario.office), null);
	}

	@Test
	void aClerkDraftsThroughTheApiHasAnOverLongDeedRefusedIn422InChineseKeepsItAndThenSubmits() throws Exception {
		Category category = this.scenario.openCategory("seed003-person", NomineeKind.PERSON, 10, List.of(), List.of());
		String created = this.mvc
			.perform(post("/api/v1/nominations").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryId\": " + category.getId() + "}"))
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

		Map<String, String> answers = new HashMap<>(PERSON.values());
		String deeds = "为群众办实事".repeat(51);
		answers.put("deeds", deeds);
		this.mvc.perform(put("/api/v1/nominations/" + id).with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(answers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.values.idNumber").value(SeedAnswers.ID_NUMBER))
			.andExpect(jsonPath("$.answers.tables.resume[1][2]").value("洛阳市民政局科员、科长"));
		this.mvc.perform(post("/api/v1/nominations/" + id + "/submit").with(basic(this.clerk))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(answers)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:laurel:problem:unprocessable"))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.deeds')].message")
				.value("“主要事迹”共306字，超过300字的上限，请删减后再提交（内容已保存）。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'photos')].message").value("照片须为 1–1 张，当前为 0 张。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'sealedScan')].code")
				.value("nomination.rule.sealed-scan-required"));
		this.mvc.perform(get("/api/v1/nominations/" + id).with(basic(this.clerk)))
			.andExpect(jsonPath("$.answers.values.deeds").value(deeds))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		ClerkPages pages = new ClerkPages(this.mvc, this.clerk);
		this.mvc.perform(pages.upload(id, "PHOTO", "证件照.jpg", Images.of("jpg", 350, 490)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(pages.upload(id, "SEALED_SCAN", "扫描件.pdf", ClerkPages.PDF))
			.andExpect(status().is3xxRedirection());
		answers.put("deeds", PERSON.value("deeds"));
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
			.andExpect(jsonPath("$.type").value("urn:laurel:problem:not-found"));
		LaurelUser judge = this.scenario.account(Role.JUDGE, null, null);
		this.mvc.perform(get("/api/v1/nominations").with(basic(judge))).andExpect(status().isNotFound());
	}

	private String body(Map<String, String> answers) {
		return this.json.writeValueAsString(
				Map.of("answers", Map.of("values", answers, "tables", PERSON.tables())));
	}

	private static RequestPostProcessor basic(UserDetails user) {
		return httpBasic(user.getUsername(), TestAccounts.PASSWORD);
	}

}
