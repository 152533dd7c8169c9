package cn.laurel.voting;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Self-hosted captchas: a random number drawn in-process ({@link CaptchaImage}), kept in the
 * database so that any node can check it, and good for one answer within five minutes.
 */
@Component
public class Captchas {

	static final Duration TTL = Duration.ofMinutes(5);

	private static final int DIGITS = 4;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	Captchas(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID issue() {
		this.jdbc.sql("delete from voter_captcha where expires_at < ?").param(Timestamp.from(this.clock.instant())).update();
		UUID id = UUID.randomUUID();
		StringBuilder answer = new StringBuilder();
		for (int i = 0; i < DIGITS; i++) {
			answer.append(this.random.nextInt(10));
		}
		this.jdbc.sql("insert into voter_captcha (id, answer, expires_at) values (?, ?, ?)")
			.params(id, answer.toString(), Timestamp.from(this.clock.instant().plus(TTL)))
			.update();
		return id;
	}

	/** The image of an unexpired captcha. */
	public Optional<byte[]> image(UUID id) {
		return answer(id).map(CaptchaImage::png);
	}

	/** Uses the captcha up and says whether {@code answer} was right. */
	boolean solve(UUID id, String answer) {
		Optional<String> expected = this.jdbc.sql("delete from voter_captcha where id = ? and expires_at >= ? returning answer")
			.params(id, Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional();
		return answer != null && expected.filter(text -> text.equals(answer.strip())).isPresent();
	}

	Optional<String> answer(UUID id) {
		return this.jdbc.sql("select answer from voter_captcha where id = ? and expires_at >= ?")
			.params(id, Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional();
	}

}
