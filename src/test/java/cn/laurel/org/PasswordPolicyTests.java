package cn.laurel.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "abcdefg1", "Laurel2025!", "1234567a", "a1!@#$%^&*()_+-=" })
	void passwordsOfEightOrMoreCharactersWithLettersAndDigitsAreAccepted(String password) {
		assertThat(PasswordPolicy.check(password)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			abc1           | password.too-short
			abcdefghijklm  | password.needs-letter-and-digit
			12345678901    | password.needs-letter-and-digit
			abcd 12345     | password.invalid-characters
			密码abcd1234     | password.invalid-characters
			aaaaaaa1       | password.too-simple
			ab1ab1ab1ab1   | password.too-simple
			Password123    | password.common
			1QAZ2WSX       | password.common
			woaini1314     | password.common
			""")
	void weakPasswordsAreRefusedWithTheRuleTheyBreak(String password, String key) {
		assertThat(PasswordPolicy.check(password)).contains(key);
	}

	@Test
	void passwordsLongerThanSixtyFourCharactersAreRefusedBecauseBcryptReadsOnly72Bytes() {
		assertThat(PasswordPolicy.check("abcde1".repeat(10) + "abcd")).isEmpty();
		assertThat(PasswordPolicy.check("abcde1".repeat(10) + "abcdx")).contains("password.too-long");
	}

	@Test
	void aPasswordMustNotContainTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.check("Zhangwei2026", "zhangwei")).contains("password.contains-username");
		assertThat(PasswordPolicy.check("x9ZHANGWEI", "zhangwei")).contains("password.contains-username");
		assertThat(PasswordPolicy.check("Laurel2026x", "zhangwei")).isEmpty();
	}

	@Test
	void missingPasswordIsTooShort() {
		assertThat(PasswordPolicy.check(null)).contains("password.too-short");
	}

}
