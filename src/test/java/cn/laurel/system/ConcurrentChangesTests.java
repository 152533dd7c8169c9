package cn.laurel.system;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A save refused because someone else saved first says so, on a page or in the API, instead of a 500.
 * (Public paths, so that the test needs no account.)
 */
@LaurelIntegrationTest
@Import(ConcurrentChangesTests.Saving.class)
class ConcurrentChangesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageSaveThatLostTheRaceExplainsItAndLeadsBackToTheForm() throws Exception {
		this.mvc.perform(post("/public/test/concurrent-save").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这条记录刚被他人修改")))
			.andExpect(content().string(containsString("data-back")));
	}

	@Test
	void anApiSaveThatLostTheRaceIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/public/test/concurrent-save"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(containsString("这条记录刚被他人修改")));
	}

	@TestConfiguration
	static class Saving {

		@Controller
		static class Page {

			@PostMapping("/public/test/concurrent-save")
			String save() {
				throw new OptimisticLockingFailureException("changed meanwhile");
			}

		}

		@RestController
		static class Api {

			@GetMapping("/api/v1/public/test/concurrent-save")
			String save() {
				throw new OptimisticLockingFailureException("changed meanwhile");
			}

		}

	}

}
