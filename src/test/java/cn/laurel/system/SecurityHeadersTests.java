package cn.laurel.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every answer runs no script but the app's own files, and a stranger knocking leaves no session behind. */
@LaurelIntegrationTest
class SecurityHeadersTests {

	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\bth:(src|replace)=)[^>]*>|\\son[a-z]+=\"|javascript:");

	@Autowired
	MockMvc mvc;

	@Test
	void pagesThePublicAndTheApiCarryAContentSecurityPolicyAndTheUsualHeaders() throws Exception {
		for (String url : List.of("/login", "/public", "/api/v1/campaigns")) {
			this.mvc.perform(get(url))
				.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().exists("Permissions-Policy"));
		}
	}

	@Test
	void noTemplateHasAnInlineScriptOrHandlerThePolicyWouldBlock() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = templates.filter(path -> path.toString().endsWith(".html"))
				.filter(path -> INLINE_SCRIPT.matcher(read(path)).find())
				.map(Path::toString)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	@Test
	void anAnonymousRequestForAProtectedPageIsSentToLoginWithoutASession() throws Exception {
		MvcResult result = this.mvc.perform(get("/nominations"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getCookie("REDIRECT_URI")).isNotNull();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
