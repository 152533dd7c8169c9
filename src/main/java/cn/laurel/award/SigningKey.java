package cn.laurel.award;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import cn.laurel.system.PersonalData;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instance's Ed25519 key that signs filing packages: {@code LAUREL_SIGNING_KEY} (PKCS#8, base64) when set,
 * so that every node and every reinstall signs alike; otherwise one generated on first use and kept in the
 * database, the private half encrypted with the data key. Public keys travel as X.509 in base64 and are shown to
 * people as a SHA-256 fingerprint.
 */
@Component
public class SigningKey implements SmartInitializingSingleton {

	static final String ALGORITHM = "Ed25519";

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final String configured;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private volatile KeyPair pair;

	SigningKey(JdbcClient jdbc, PersonalData personalData,
			@Value("${laurel.award.signing-key:}") String configured, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.configured = configured.strip();
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Loads or stores the key at start-up, before requests are served: the key is needed inside read-only work
	 * (writing a package), where storing it would take a second connection for a transaction of its own.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		pair();
	}

	/** The public key in base64 X.509, as it goes into a package and into a trusted list. */
	public String publicKey() {
		return Base64.getEncoder().encodeToString(pair().getPublic().getEncoded());
	}

	public String fingerprint() {
		return fingerprint(publicKey());
	}

	byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(pair().getPrivate());
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing failed", ex);
		}
	}

	/** Whether {@code signature} is {@code publicKey}'s over {@code data}; false for anything malformed. */
	static boolean verify(String publicKey, byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(decodePublic(publicKey));
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** SHA-256 of the key's bytes in hex, in groups of four for reading aloud over the phone. */
	static String fingerprint(String publicKey) {
		String hex = HexFormat.of().formatHex(sha256(Base64.getDecoder().decode(publicKey.strip())));
		return String.join(":", hex.split("(?<=\\G.{4})"));
	}

	/** The key as given, if it is an Ed25519 public key in base64 X.509. */
	static boolean isPublicKey(String publicKey) {
		try {
			decodePublic(publicKey);
			return true;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256(bytes));
	}

	private KeyPair pair() {
		KeyPair known = this.pair;
		if (known == null) {
			synchronized (this) {
				if (this.pair == null) {
					this.pair = this.configured.isEmpty() ? this.transaction.execute(status -> stored())
							: fromPrivate(this.configured);
				}
				known = this.pair;
			}
		}
		return known;
	}

	private KeyPair stored() {
		String cipher = this.jdbc.sql("select private_key from award_signing_key where id = 1")
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				KeyPair generated = generate(null);
				String encrypted = this.personalData
					.encrypt(Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
				// another node may have generated one at the same moment: the first stored wins
				this.jdbc.sql("""
						insert into award_signing_key (id, private_key, public_key, created_at) values (1, ?, ?, ?)
						on conflict (id) do nothing""")
					.params(encrypted, Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()),
							Timestamp.from(this.clock.instant()))
					.update();
				return this.jdbc.sql("select private_key from award_signing_key where id = 1")
					.query(String.class)
					.single();
			});
		return fromPrivate(this.personalData.decrypt(cipher));
	}

	/**
	 * The pair of a PKCS#8 private key. The JDK derives an Ed25519 public key only while generating, so the key's
	 * 32-byte seed is handed to the generator as its randomness, which yields the very same pair.
	 */
	static KeyPair fromPrivate(String pkcs8) {
		try {
			PrivateKey key = KeyFactory.getInstance(ALGORITHM)
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8.strip())));
			byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
			return generate(seed);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("LAUREL_SIGNING_KEY is not an Ed25519 private key in PKCS#8 base64", ex);
		}
	}

	private static KeyPair generate(byte[] seed) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
			if (seed != null) {
				generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
			}
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PublicKey decodePublic(String publicKey) throws GeneralSecurityException {
		return KeyFactory.getInstance(ALGORITHM)
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip())));
	}

	/** Randomness that is a fixed seed, so a generator re-derives a known private key's pair. */
	private static final class Seed extends SecureRandom {

		private final byte[] seed;

		Seed(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			System.arraycopy(this.seed, 0, bytes, 0, Math.min(bytes.length, this.seed.length));
		}

	}

}
