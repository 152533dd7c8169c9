package cn.laurel.org;

import java.util.Optional;

/**
 * What a password must look like: 8 to 64 printable ASCII characters, at least one letter and one digit.
 * ASCII only because BCrypt reads no more than 72 bytes and because a password typed through a Chinese
 * input method is easily mistyped at the next login. The same rule applies to passwords chosen by their
 * holders, temporary passwords set by administrators and initial passwords in an import.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, or empty if it is acceptable. */
	public static Optional<String> check(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		if (!password.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
			return Optional.of("password.invalid-characters");
		}
		boolean letter = password.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
		boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
		if (!letter || !digit) {
			return Optional.of("password.needs-letter-and-digit");
		}
		return Optional.empty();
	}

}
