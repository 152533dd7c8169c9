package cn.laurel.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone verification: a solved captcha buys one SMS code, which is good for five minutes and a few
 * tries. Codes are kept hashed under the phone's voter key; the phone number itself is only passed
 * to the gateway, never stored.
 */
@Component
public class SmsIdentity implements IdentityProvider {

	static final String ID = "sms";

	/** A mainland mobile number, after spaces, dashes and a +86 / 0086 prefix are dropped. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Captchas captchas;

	private final SmsGateway gateway;

	private final VoterKeys keys;

	private final RateLimits limits;

	private final VotingProperties.Sms settings;

	private final ThreadLocal<Mac> codeHash;

	private final Clock clock;

	SmsIdentity(JdbcClient jdbc, Captchas captchas, SmsGateway gateway, VoterKeys keys, RateLimits limits,
			VotingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.captchas = captchas;
		this.gateway = gateway;
		this.keys = keys;
		this.limits = limits;
		this.settings = properties.sms();
		byte[] codeKey = keys.derive("sms-code");
		this.codeHash = ThreadLocal.withInitial(() -> VoterKeys.newMac(codeKey));
		this.clock = clock;
	}

	@Override
	public String id() {
		return ID;
	}

	/** The phone as stored nowhere but compared everywhere: digits only, without the country code. */
	static Optional<String> normalised(String phone) {
		if (phone == null) {
			return Optional.empty();
		}
		String digits = phone.replaceAll("[\\s-]", "").replaceFirst("^(\\+86|0086)", "");
		return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

	/**
	 * Sends a code to {@code phone} if the captcha is solved and neither the phone nor the address has
	 * asked too often.
	 *
	 * @throws VotingRefused naming what was wrong
	 */
	public void sendCode(String phone, UUID captchaId, String captchaAnswer, String address) {
		String number = normalised(phone).orElseThrow(() -> new VotingRefused("voting.verify.phone-invalid"));
		if (captchaId == null || !this.captchas.solve(captchaId, captchaAnswer)) {
			throw new VotingRefused("voting.verify.captcha-wrong");
		}
		byte[] voterKey = this.keys.voterKey(ID, number);
		this.limits.take(RateLimit.CODES_PER_ADDRESS, address)
			.or(() -> this.limits.take(RateLimit.CODES_PER_PHONE, HexFormat.of().formatHex(voterKey)))
			.ifPresent(exceeded -> {
				throw new VotingRefused(exceeded.limit().messageKey(), exceeded.retryAfterSeconds());
			});
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		Instant expires = this.clock.instant().plus(this.settings.codeTtl());
		this.jdbc.sql("""
				insert into voter_sms_code (voter_key, code_hash, expires_at, attempts) values (?, ?, ?, 0)
				on conflict (voter_key) do update set code_hash = excluded.code_hash,
				    expires_at = excluded.expires_at, attempts = 0
				""")
			.params(voterKey, hash(voterKey, code), Timestamp.from(expires))
			.update();
		this.gateway.sendCode(number, code);
	}

	/** Proof: {@code phone} and {@code code}. A code is used up by the right answer or by too many wrong ones. */
	@Override
	@Transactional(noRollbackFor = VotingRefused.class)
	public String verify(Map<String, String> proof) {
		String number = normalised(proof.get("phone"))
			.orElseThrow(() -> new VotingRefused("voting.verify.phone-invalid"));
		byte[] voterKey = this.keys.voterKey(ID, number);
		Optional<PendingCode> pending = this.jdbc
			.sql("select code_hash, expires_at, attempts from voter_sms_code where voter_key = ? for update")
			.param(voterKey)
			.query((rs, row) -> new PendingCode(rs.getBytes(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
			.optional();
		if (pending.isEmpty() || !this.clock.instant().isBefore(pending.get().expiresAt())) {
			throw new VotingRefused("voting.verify.code-expired");
		}
		if (pending.get().attempts() >= this.settings.maxAttempts()) {
			throw new VotingRefused("voting.verify.code-used-up");
		}
		String code = proof.getOrDefault("code", "").strip();
		if (!MessageDigest.isEqual(pending.get().hash(), hash(voterKey, code))) {
			int left = this.settings.maxAttempts() - pending.get().attempts() - 1;
			this.jdbc.sql("update voter_sms_code set attempts = attempts + 1 where voter_key = ?")
				.param(voterKey)
				.update();
			throw left > 0 ? new VotingRefused("voting.verify.code-wrong", left)
					: new VotingRefused("voting.verify.code-used-up");
		}
		this.jdbc.sql("delete from voter_sms_code where voter_key = ?").param(voterKey).update();
		return number;
	}

	private byte[] hash(byte[] voterKey, String code) {
		Mac mac = this.codeHash.get();
		mac.update(voterKey);
		return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
	}

	private record PendingCode(byte[] hash, Instant expiresAt, int attempts) {
	}

}
