package cn.laurel.award;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The instance key given as LAUREL_SIGNING_KEY: its public half is re-derived, and signatures verify. */
class SigningKeyTests {

	@Test
	void aSuppliedPrivateKeyYieldsItsOwnPublicKeyAndSignaturesItVerifies() throws Exception {
		KeyPair original = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		KeyPair derived = SigningKey
			.fromPrivate(Base64.getEncoder().encodeToString(original.getPrivate().getEncoded()));
		assertThat(derived.getPublic().getEncoded()).isEqualTo(original.getPublic().getEncoded());
		String publicKey = Base64.getEncoder().encodeToString(original.getPublic().getEncoded());
		var signer = Signature.getInstance("Ed25519");
		signer.initSign(derived.getPrivate());
		byte[] data = "表彰决定".getBytes(StandardCharsets.UTF_8);
		signer.update(data);
		byte[] signature = signer.sign();
		assertThat(SigningKey.verify(publicKey, data, signature)).isTrue();
		data[0] ^= 1;
		assertThat(SigningKey.verify(publicKey, data, signature)).isFalse();
	}

	@Test
	void aFingerprintIsTheKeysSha256InGroupsOfFour() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String fingerprint = SigningKey.fingerprint(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		assertThat(fingerprint).matches("([0-9a-f]{4}:){15}[0-9a-f]{4}");
	}

	@Test
	void somethingElseGivenAsTheKeyStopsTheStart() {
		assertThatThrownBy(() -> SigningKey.fromPrivate("bm90IGEga2V5")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LAUREL_SIGNING_KEY");
	}

}
