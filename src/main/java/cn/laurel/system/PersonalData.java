package cn.laurel.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (身份证号, phones, home addresses) for storage with AES-256-GCM, and
 * derives keyed hashes that let equal values be matched without storing them.
 */
public final class PersonalData {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	/** @param key 32 random bytes; the hash key is derived from it so one secret is enough to configure */
	public PersonalData(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The personal data key must be 32 bytes (base64 of 32 random bytes)");
		}
		this.encryptionKey = new SecretKeySpec(key, "AES");
		this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "laurel-keyed-hash"), "HmacSHA256");
	}

	public String encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: is LAUREL_DATA_KEY the key the data was written with?", ex);
		}
	}

	/** A keyed hash (HMAC-SHA256, hex) of {@code value}: equal values match, the value cannot be read back. */
	public String keyedHash(String value) {
		return HexFormat.of().formatHex(hmac(this.hashKey, value));
	}

	/** 110101********1234: the region and the last four stay so people can tell records apart. */
	public static String maskIdNumber(String id) {
		return mask(id, 6, 4);
	}

	/** 138****5678. */
	public static String maskPhone(String phone) {
		return mask(phone, 3, 4);
	}

	/** The first six characters of an address, then asterisks. */
	public static String maskAddress(String address) {
		return mask(address, 6, 0);
	}

	private static String mask(String value, int keepStart, int keepEnd) {
		if (value == null || value.isBlank()) {
			return "";
		}
		int[] points = value.codePoints().toArray();
		if (points.length <= keepStart + keepEnd) {
			return "*".repeat(points.length);
		}
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			boolean kept = i < keepStart || i >= points.length - keepEnd;
			masked.appendCodePoint(kept ? points[i] : '*');
		}
		return masked.toString();
	}

	private static byte[] hmac(SecretKeySpec key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
