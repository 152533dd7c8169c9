package cn.laurel.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgRecordChangedTests {

	@Test
	void aChangeIsAuditedUnderItsActionWithTheSubjectTypeBeforeTheDot() {
		OrgRecordChanged<String> reset = new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_PASSWORD_RESET, 42L,
				"before", "after");
		assertThat(reset.action()).isEqualTo("account.password-reset");
		assertThat(reset.subjectType()).isEqualTo("account");
		assertThat(reset.subjectId()).isEqualTo("42");
		assertThat(new OrgRecordChanged<>(OrgRecordChanged.Kind.UNIT_DEACTIVATED, 7L, null, null).subjectType())
			.isEqualTo("unit");
	}

}
