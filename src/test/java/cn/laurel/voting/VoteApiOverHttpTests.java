package cn.laurel.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.laurel.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Votes through the servlet container itself, where a vote's request waits for its commit without a thread
 * and is answered from the writer's: the answer comes after the commit, whole, with every header the
 * filters set.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, VotingTestConfiguration.class })
class VoteApiOverHttpTests {

	/** Where the vote API takes votes. */
	private static final String VOTES = "/public/vote/api/votes";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	VotingTestData data;

	@Autowired
	VoterKeys keys;

	@Autowired
	VoterTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVoteIsAnsweredAfterItsCommitWithTheHeadersOfEveryFilter() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 2);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();

		HttpResponse<String> answer = vote(voter, candidate);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"result\":\"accepted\"}");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ? and voter_key = ?")
			.params(campaign.id(), voter.key())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aVoteWhoseSlotAnotherNodeTookIsJudgedAgainAndRefusedInChinese() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();
		VoterFixtures.storeThroughAnotherNode(this.jdbc, campaign.id(), voter.key(), candidate, campaign.firstCategory());

		HttpResponse<String> answer = vote(voter, candidate);

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(answer.body()).contains("\"rule\":\"PER_CANDIDATE\"").contains("今天");
		assertThat(vote(voter, campaign.second().get(0).id()).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> vote(VoterFixtures.TestVoter voter, long candidate) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + VOTES + "?candidate=" + candidate))
			.header("Cookie", VoterTokens.COOKIE + '=' + voter.token().getValue() + "; " + VoterRequests.DEVICE_COOKIE
					+ '=' + voter.device() + "; XSRF-TOKEN=test-csrf")
			.header("X-XSRF-TOKEN", "test-csrf")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
