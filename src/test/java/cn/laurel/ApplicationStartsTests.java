package cn.laurel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LaurelIntegrationTest
class ApplicationStartsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void openApiDescriptionIsPublished() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}

	@Test
	void pagesNeedLoginAndTheLoginPageSpeaksChinese() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("先进典型评选表彰平台")));
	}

	@Test
	void aLanguageThatIsNoLanguageKeepsThePageInChinese() throws Exception {
		this.mvc.perform(get("/login").param("lang", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("先进典型评选表彰平台")));
	}

	@Test
	void apiWithoutCredentialsIsUnauthorizedWithoutBasicChallenge() throws Exception {
		this.mvc.perform(get("/api/v1/campaigns"))
			.andExpect(status().isUnauthorized())
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(result.getResponse().getHeader("WWW-Authenticate")).isNull());
	}

}
