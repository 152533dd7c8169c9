package cn.laurel.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which phases each action of a campaign belongs to, and how a refusal names the stage and when it opens. */
class CampaignActionTests {

	private static Campaign campaignIn(CampaignPhase phase) {
		Campaign campaign = CampaignPhaseTests.seed000Campaign();
		while (campaign.getPhase() != phase) {
			campaign.advance(LocalDate.of(2022, 1, 1), null, List.of(), List.of());
		}
		return campaign;
	}

	@Test
	void publishingThePublicityNoticeHappensOnlyInThePublicityStage() {
		assertThat(CampaignAction.PUBLICISE.refusalIn(campaignIn(CampaignPhase.PUBLICITY))).isEmpty();
		assertThat(CampaignAction.PUBLICISE.refusalIn(campaignIn(CampaignPhase.EVALUATION)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("campaign.stage.not-yet"));
		assertThat(CampaignAction.PUBLICISE.refusalIn(campaignIn(CampaignPhase.DECISION)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("campaign.stage.over"));
	}

	@Test
	void theDecisionIsRecordedOnlyInItsStageAndTheRefusalSaysWhenItOpens() {
		assertThat(CampaignAction.DECIDE.refusalIn(campaignIn(CampaignPhase.DECISION))).isEmpty();
		Campaign inPublicity = campaignIn(CampaignPhase.PUBLICITY);
		LocalDate decisionStarts = inPublicity.getSchedule()
			.stream()
			.filter(window -> window.phase() == CampaignPhase.DECISION)
			.findFirst()
			.orElseThrow()
			.startsOn();
		assertThat(CampaignAction.DECIDE.refusalIn(inPublicity)).hasValueSatisfying(refusal -> {
			assertThat(refusal.code()).isEqualTo("campaign.stage.not-yet");
			assertThat(refusal.args()).containsExactly("campaign-action.DECIDE", "phase.DECISION", "phase.PUBLICITY",
					decisionStarts.toString());
		});
		assertThat(CampaignAction.DECIDE.refusalIn(campaignIn(CampaignPhase.ANNOUNCEMENT)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("campaign.stage.over"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "campaign", "campaign_en" })
	void everyActionHasItsNameInBothLanguages(String bundle) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (CampaignAction action : CampaignAction.values()) {
			assertThat(messages.getProperty(action.messageKey())).as(action.messageKey()).isNotBlank();
		}
	}

}
