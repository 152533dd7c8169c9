package cn.laurel.voting;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import cn.laurel.TestAccounts;
import cn.laurel.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four times as many visitors as the pool has connections, all at once, on every public page and the organiser's
 * main pages, over real HTTP (sessions included): nobody waits for a connection another request of theirs holds, so
 * every page answers as it does alone. Ten visitors on {@code /public} once stalled the app: a request that cannot
 * get a connection within the pool's timeout answers 503 ({@code BusyDatabase}), which fails here. How fast the
 * pages are in a crowd is measured by {@code bench/vote/read.sh}, not asserted here.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, VotingTestConfiguration.class })
class CrowdOnThePagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	VotingTestData data;

	@Autowired
	DataSource dataSource;

	/** A page, who asks for it and what it answers when the site is quiet. */
	record Visit(HttpClient visitor, String path, int status) {
	}

	@Test
	void fourTimesThePoolAtOnceOnEveryPublicAndStaffPageAllAnswerAsAlone() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 2);
		long id = campaign.id();
		HttpClient citizen = client();
		HttpClient organiser = signedIn(campaign.organiser().getUsername());
		List<Visit> pages = List.of(new Visit(citizen, "/public", 200), new Visit(citizen, "/public/vote/" + id, 200),
				new Visit(citizen, "/public/vote/" + id + "/categories/" + campaign.firstCategory(), 200),
				new Visit(citizen, "/public/vote/candidates/" + campaign.first().get(0).id(), 200),
				new Visit(citizen, "/public/publicity/" + id, 200), new Visit(citizen, "/public/honours/" + id, 404),
				new Visit(citizen, "/login", 200), new Visit(organiser, "/", 200),
				new Visit(organiser, "/campaigns", 200), new Visit(organiser, "/campaigns/" + id, 200),
				new Visit(organiser, "/campaigns/" + id + "/board", 200),
				new Visit(organiser, "/campaigns/" + id + "/voting", 200),
				new Visit(organiser, "/campaigns/" + id + "/schedule", 200), new Visit(organiser, "/campaigns/" + id + "/publicity", 200));
		for (Visit page : pages) {
			assertThat(visit(page).status).as("%s alone", page.path()).isEqualTo(page.status());
		}

		int crowd = 4 * this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		ExecutorService visitors = Executors.newFixedThreadPool(crowd);
		try {
			for (int round = 0; round < 3; round++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Answer>> answers = new ArrayList<>();
				for (int i = 0; i < crowd; i++) {
					Visit page = pages.get((i + round) % pages.size());
					answers.add(visitors.submit((Callable<Answer>) () -> {
						start.await();
						return visit(page);
					}));
				}
				start.countDown();
				for (Future<Answer> answer : answers) {
					Answer done = answer.get(1, TimeUnit.MINUTES);
					assertThat(done.status).as("%s in the crowd", done.visit.path()).isEqualTo(done.visit.status());
				}
			}
		}
		finally {
			visitors.shutdownNow();
		}
	}

	private record Answer(Visit visit, int status) {
	}

	private Answer visit(Visit page) throws Exception {
		HttpResponse<Void> response = page.visitor()
			.send(request(page.path()).GET().build(), HttpResponse.BodyHandlers.discarding());
		return new Answer(page, response.statusCode());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "zh-CN")
			.timeout(Duration.ofSeconds(30));
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
	}

	/** Signs in through the login form as a browser does, keeping the session cookie. */
	private HttpClient signedIn(String username) throws Exception {
		HttpClient browser = client();
		String form = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<Void> signIn = browser.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.headers().firstValue("Location")).as("where signing in leads")
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return browser;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
