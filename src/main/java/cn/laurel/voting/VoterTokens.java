package cn.laurel.voting;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;

/**
 * The signed cookie a voter holds after verifying once: their voter key and an expiry, with an
 * HMAC under a key derived from the voter-key secret. Any node checks it without a database read.
 */
@Component
class VoterTokens {

	static final String COOKIE = "laurel-voter";

	private static final int KEY_BYTES = VoterKeys.VOTER_KEY_BYTES;

	private static final int TAG_BYTES = 16;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final ThreadLocal<Mac> mac;

	private final Duration ttl;

	VoterTokens(VoterKeys keys, VotingProperties properties) {
		byte[] signingKey = keys.derive("voter-token");
		this.mac = ThreadLocal.withInitial(() -> VoterKeys.newMac(signingKey));
		this.ttl = properties.voterTokenTtl();
	}

	Duration ttl() {
		return this.ttl;
	}

	String issue(byte[] voterKey, Instant now) {
		byte[] payload = ByteBuffer.allocate(KEY_BYTES + Long.BYTES)
			.put(voterKey)
			.putLong(now.plus(this.ttl).getEpochSecond())
			.array();
		return ENCODER.encodeToString(payload) + '.' + ENCODER.encodeToString(tag(payload));
	}

	/** The voter key of a genuine, unexpired token. */
	Optional<byte[]> verify(String token, Instant now) {
		int dot = (token == null) ? -1 : token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] tag = DECODER.decode(token.substring(dot + 1));
			if (payload.length != KEY_BYTES + Long.BYTES || !MessageDigest.isEqual(tag, tag(payload))) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(payload);
			byte[] voterKey = new byte[KEY_BYTES];
			buffer.get(voterKey);
			return now.getEpochSecond() < buffer.getLong() ? Optional.of(voterKey) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] tag(byte[] payload) {
		return Arrays.copyOf(this.mac.get().doFinal(payload), TAG_BYTES);
	}

}
