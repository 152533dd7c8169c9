package cn.laurel.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * What a password must look like: 8 to 64 printable ASCII characters, at least one letter and one digit, at least
 * {@value #MIN_DISTINCT} different characters, not one of the common passwords bundled in
 * {@code org/common-passwords.txt}, and not containing the holder's username. ASCII only because BCrypt reads no
 * more than 72 bytes and because a password typed through a Chinese input method is easily mistyped at the next
 * login. The same rule applies to passwords chosen by their holders, temporary passwords set by administrators and
 * initial passwords in an import.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	/** {@code aaaaaaa1} has the length, a letter and a digit, and nothing else. */
	static final int MIN_DISTINCT = 5;

	private static final Set<String> COMMON = common();

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
		if (password.chars().distinct().count() < MIN_DISTINCT) {
			return Optional.of("password.too-simple");
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/** As {@link #check(String)}, and the password must not contain {@code username} in any case. */
	public static Optional<String> check(String password, String username) {
		return check(password).or(() -> username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))
						? Optional.of("password.contains-username") : Optional.empty());
	}

	private static Set<String> common() {
		try (InputStream in = new ClassPathResource("org/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
