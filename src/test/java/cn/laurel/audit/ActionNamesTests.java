package cn.laurel.audit;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActionNamesTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ActionNames names = new ActionNames(this.messages);

	@Test
	void anActionIsNamedInTheReadersLanguage() {
		this.messages.addMessage("audit.action.campaign.phase-advanced", Locale.SIMPLIFIED_CHINESE, "推进阶段");
		this.messages.addMessage("audit.action.campaign.phase-advanced", Locale.ENGLISH, "Phase advanced");

		assertThat(this.names.nameOf("campaign.phase-advanced", Locale.SIMPLIFIED_CHINESE)).isEqualTo("推进阶段");
		assertThat(this.names.nameOf("campaign.phase-advanced", Locale.ENGLISH)).isEqualTo("Phase advanced");
	}

	@Test
	void anActionWithoutANameIsShownAsRecorded() {
		assertThat(this.names.nameOf("nomination.withdrawn", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("nomination.withdrawn");
	}

}
