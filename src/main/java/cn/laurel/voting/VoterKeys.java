package cn.laurel.voting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keyed hashes (HMAC-SHA256) under the voter-key secret: a voter's key is the hash of what an
 * identity provider vouches for (a phone number), so the database never holds the phone and cannot
 * be reversed without the secret. The same secret, under other labels, signs voter tokens and hides
 * SMS codes. Production sets {@code LAUREL_VOTER_KEY_SECRET}; without it a secret is generated once
 * and kept in the database, which is fine for development but lets a copy of the database be
 * searched phone by phone.
 */
@Component
public class VoterKeys {

	private static final Logger log = LoggerFactory.getLogger(VoterKeys.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final ThreadLocal<Mac> mac;

	VoterKeys(VotingProperties properties, JdbcClient jdbc) {
		byte[] secret = StringUtils.hasText(properties.voterKeySecret())
				? properties.voterKeySecret().getBytes(StandardCharsets.UTF_8) : generatedSecret(jdbc);
		this.mac = ThreadLocal.withInitial(() -> newMac(secret));
	}

	/**
	 * Bytes of a voter key: the first half of the HMAC. Two voters share one only by chance of 1 in 2^64
	 * even among billions, and every vote carries the key in the vote table and three of its unique indexes,
	 * where half the bytes is less for the database to write per vote.
	 */
	static final int VOTER_KEY_BYTES = 16;

	/** The voter key of an identifier that provider {@code provider} verified. */
	public byte[] voterKey(String provider, String identifier) {
		return Arrays.copyOf(hash((provider + ':' + identifier).getBytes(StandardCharsets.UTF_8)), VOTER_KEY_BYTES);
	}

	/** A key of its own for {@code purpose}, so that no hash made for one purpose serves another. */
	byte[] derive(String purpose) {
		return hash(("laurel/" + purpose).getBytes(StandardCharsets.UTF_8));
	}

	private byte[] hash(byte[] input) {
		return this.mac.get().doFinal(input);
	}

	static Mac newMac(byte[] key) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] generatedSecret(JdbcClient jdbc) {
		byte[] candidate = new byte[32];
		new SecureRandom().nextBytes(candidate);
		jdbc.sql("insert into voting_secret (name, value) values ('voter-key', ?) on conflict do nothing")
			.param(candidate)
			.update();
		log.warn("LAUREL_VOTER_KEY_SECRET is not set: voter keys use a secret generated and kept in the database. "
				+ "Set it in production, outside the database.");
		return jdbc.sql("select value from voting_secret where name = 'voter-key'").query(byte[].class).single();
	}

}
