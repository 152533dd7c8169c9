package cn.laurel.org;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout rule on the account itself, without Spring: 5 failures in a row lock it for 15 minutes. */
class AccountLockoutTests {

	private static final int MAX_FAILURES = 5;

	private static final Duration LOCKOUT = Duration.ofMinutes(15);

	private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

	private final Account account = new Account("clerk1", "张三", "hash", Role.CLERK, 1L, null);

	@Test
	void fourFailedLoginsDoNotLockTheAccount() {
		failTimes(4);

		assertThat(this.account.isLockedAt(NOW)).isFalse();
		assertThat(this.account.getFailedAttempts()).isEqualTo(4);
	}

	@Test
	void fifthFailedLoginLocksTheAccountForFifteenMinutes() {
		failTimes(5);

		assertThat(this.account.isLockedAt(NOW)).isTrue();
		assertThat(this.account.getLockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
		assertThat(this.account.isLockedAt(NOW.plus(LOCKOUT).minusSeconds(1))).isTrue();
	}

	@Test
	void lockExpiresFifteenMinutesAfterTheFifthFailure() {
		failTimes(5);

		assertThat(this.account.isLockedAt(NOW.plus(LOCKOUT))).isFalse();
		assertThat(this.account.isLockedAt(NOW.plus(LOCKOUT).plusSeconds(60))).isFalse();
	}

	@Test
	void successfulLoginResetsTheCountOfFailures() {
		failTimes(4);
		this.account.recordSuccessfulLogin();
		failTimes(4);

		assertThat(this.account.isLockedAt(NOW)).isFalse();
		assertThat(this.account.getFailedAttempts()).isEqualTo(4);
	}

	@Test
	void afterALockoutTheCountStartsAgain() {
		failTimes(5);
		Instant later = NOW.plus(LOCKOUT).plusSeconds(1);
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(later, MAX_FAILURES, LOCKOUT);
		}

		assertThat(this.account.isLockedAt(later)).isFalse();
	}

	@Test
	void unlockingLiftsALockoutAtOnce() {
		failTimes(5);
		this.account.unlock();

		assertThat(this.account.isLockedAt(NOW)).isFalse();
		assertThat(this.account.getFailedAttempts()).isZero();
	}

	@Test
	void resettingThePasswordUnlocksAndDemandsAChange() {
		failTimes(5);
		this.account.changePassword("mine", NOW);
		this.account.resetPassword("temporary");

		assertThat(this.account.isLockedAt(NOW)).isFalse();
		assertThat(this.account.isMustChangePassword()).isTrue();
	}

	private void failTimes(int times) {
		for (int i = 0; i < times; i++) {
			this.account.recordFailedLogin(NOW, MAX_FAILURES, LOCKOUT);
		}
	}

}
