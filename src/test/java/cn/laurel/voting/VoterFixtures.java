package cn.laurel.voting;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Verified voters for tests: a unique phone, its token cookie, a device and an address of its own. */
final class VoterFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000_000));

	private VoterFixtures() {
	}

	/** A verified voter as the browser holds them. */
	record TestVoter(String phone, byte[] key, Cookie token, String device, String ip) {

		/** The same voter on another device. */
		TestVoter on(String otherDevice) {
			return new TestVoter(this.phone, this.key, this.token, otherDevice, this.ip);
		}

		MockHttpServletRequestBuilder vote(long candidateId) {
			return post("/public/vote/api/votes").param("candidate", String.valueOf(candidateId)).with(csrf())
				.cookie(this.token, new Cookie(VoterRequests.DEVICE_COOKIE, this.device))
				.with(request -> {
					request.setRemoteAddr(this.ip);
					return request;
				});
		}

	}

	static String uniquePhone() {
		return "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
	}

	static String uniqueIp() {
		int n = SEQUENCE.incrementAndGet();
		return "10." + ((n >> 16) & 255) + '.' + ((n >> 8) & 255) + '.' + (n & 255);
	}

	static TestVoter voter(VoterKeys keys, VoterTokens tokens) {
		String phone = uniquePhone();
		byte[] key = keys.voterKey(SmsIdentity.ID, phone);
		return new TestVoter(phone, key, new Cookie(VoterTokens.COOKIE, tokens.issue(key, Instant.now())),
				"device-" + phone, uniqueIp());
	}

	/** The voter's first vote of today, for the candidate in its category, as another node would have stored it. */
	static void storeThroughAnotherNode(JdbcClient jdbc, long campaignId, byte[] voterKey, long candidateId,
			long categoryId) {
		jdbc.sql("""
				insert into vote (campaign_id, voter_key, vote_day, candidate_id, category_id, seq, cast_at, ip,
				                  ip_net, agent_hash, device_id)
				values (?, ?, (now() at time zone 'Asia/Shanghai')::date, ?, ?, 0, now(), '10.9.9.9', '10.9.9.0/24',
				        0, 'other-node')
				""")
			.params(campaignId, voterKey, candidateId, categoryId)
			.update();
	}

	/** The digits a captcha shows, as the server keeps them. */
	static String captchaAnswer(JdbcClient jdbc, UUID captcha) {
		return jdbc.sql("select answer from voter_captcha where id = ?").param(captcha).query(String.class).single();
	}

}
