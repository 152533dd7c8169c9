package cn.laurel.nomination;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A clerk's requests to the nomination pages, posted as the browser posts them. */
record ClerkPages(MockMvc mvc, UserDetails clerk) {

	/** The smallest document that reads as a PDF, for the signed-and-sealed scan. */
	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** A page that shows every one of {@code texts}. */
	static Matcher<String> shows(String... texts) {
		List<Matcher<? super String>> each = Arrays.stream(texts).<Matcher<? super String>>map(Matchers::containsString)
			.toList();
		return Matchers.allOf(each);
	}

	/** Starts a draft from the list page's button and returns its id. */
	long startDraft(long categoryId) throws Exception {
		String location = this.mvc
			.perform(post("/nominations").param("categoryId", String.valueOf(categoryId))
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "nomination.pages.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * The edit form posted to {@code path} with {@code answers}: a field per value, and each table
	 * cell under its column's name once per row, in row order.
	 */
	MockHttpServletRequestBuilder form(String path, Answers answers) {
		MockHttpServletRequestBuilder request = post(path).with(user(this.clerk)).with(csrf());
		answers.values().forEach((key, value) -> request.param("answers." + key, value));
		answers.tables().forEach((key, rows) -> rows.forEach(row -> {
			for (int column = 0; column < row.size(); column++) {
				request.param("answers." + key + "." + column, row.get(column));
			}
		}));
		return request;
	}

	/** One file posted from the files panel (add {@code HX-Request} to post it as htmx does). */
	MockMultipartHttpServletRequestBuilder upload(long id, String purpose, String fileName, byte[] bytes) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/nominations/" + id + "/files")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.param("purpose", purpose)
			.with(user(this.clerk))
			.with(csrf());
	}

}
