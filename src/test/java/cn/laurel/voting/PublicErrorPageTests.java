package cn.laurel.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.laurel.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet container's error page as a citizen meets it (MockMvc renders no error pages): in Chinese, in
 * the public layout, with a way back instead of the staff's desk.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, VotingTestConfiguration.class })
class PublicErrorPageTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anUnknownCandidateGetsTheChinesePublicErrorPageWithAWayBack() throws Exception {
		HttpResponse<String> page = get("/public/vote/candidates/" + Long.MAX_VALUE);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("您访问的页面不存在", "返回上一页", "class=\"vote-home\" href=\"/public\"")
			.doesNotContain("Not Found", "返回工作台", "/logout");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "zh-CN")
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
