package cn.laurel.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.system.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phase state machine: only forward, through scheduled phases, with every precondition checked. */
class CampaignPhaseTests {

	static Campaign seed000Campaign() {
		Campaign campaign = new Campaign(1L, new Campaign.Basics("首届“最美综合执法人”评选", "首届", null, List.of(), null, 5),
				Instant.parse("2021-09-13T00:00:00Z"));
		campaign.schedule(CampaignRulesTests.seed000Schedule());
		return campaign;
	}

	@Test
	void advancesThroughTheScheduledPhasesInOrderSkippingUnscheduledOnes() {
		Campaign campaign = seed000Campaign();
		LocalDate afterEverything = LocalDate.of(2022, 1, 1);
		List<CampaignPhase> visited = new java.util.ArrayList<>();
		while (campaign.getPhase() != CampaignPhase.CLOSED) {
			visited.add(campaign.advance(afterEverything, null, List.of(), List.of()));
		}
		assertThat(visited).containsExactly(CampaignPhase.NOMINATION, CampaignPhase.PRELIMINARY_REVIEW,
				CampaignPhase.VOTING, CampaignPhase.EVALUATION, CampaignPhase.PUBLICITY, CampaignPhase.DECISION,
				CampaignPhase.ANNOUNCEMENT, CampaignPhase.CLOSED);
	}

	@Test
	void aClosedCampaignCannotAdvance() {
		Campaign campaign = seed000Campaign();
		while (campaign.getPhase() != CampaignPhase.CLOSED) {
			campaign.advance(LocalDate.of(2022, 1, 1), null, List.of(), List.of());
		}
		assertThatThrownBy(() -> campaign.advance(LocalDate.of(2022, 1, 1), null, List.of(), List.of()))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code)
				.containsExactly("campaign.advance.already-closed"));
	}

	@Test
	void leavingAPhaseBeforeItsWindowEndsNeedsAReason() {
		Campaign campaign = seed000Campaign();
		campaign.advance(LocalDate.of(2021, 9, 13), null, List.of(), List.of());
		assertThatThrownBy(() -> campaign.advance(LocalDate.of(2021, 10, 1), " ", List.of(), List.of()))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code)
				.containsExactly("campaign.advance.window-still-open"));
		assertThat(campaign.getPhase()).isEqualTo(CampaignPhase.NOMINATION);
		assertThat(campaign.advance(LocalDate.of(2021, 10, 1), "所有单位均已报送", List.of(), List.of()))
			.isEqualTo(CampaignPhase.PRELIMINARY_REVIEW);
	}

	@Test
	void theLastDayOfAWindowStillCountsAsOpen() {
		Campaign campaign = seed000Campaign();
		campaign.advance(LocalDate.of(2021, 9, 13), null, List.of(), List.of());
		assertThatThrownBy(() -> campaign.advance(LocalDate.of(2021, 10, 10), null, List.of(), List.of()))
			.isInstanceOf(CampaignRefused.class);
		assertThat(campaign.advance(LocalDate.of(2021, 10, 11), null, List.of(), List.of()))
			.isEqualTo(CampaignPhase.PRELIMINARY_REVIEW);
	}

	@Test
	void readinessProblemsAndGuardObjectionsAreAllReportedAndNothingMoves() {
		Campaign campaign = seed000Campaign();
		PhaseGuard guard = (c, from, to) -> List.of(Violation.of("nominations", "test.guard", from, to));
		assertThatThrownBy(() -> campaign.advance(LocalDate.of(2021, 9, 13), null,
				List.of(Violation.of("categories", "campaign.ready.needs-category")), List.of(guard)))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> {
				assertThat(refused.reasons()).extracting(Refusal.Reason::code)
					.containsExactly("campaign.ready.needs-category", "test.guard");
				assertThat(refused.reasons().get(1).args())
					.containsExactly(CampaignPhase.PREPARATION, CampaignPhase.NOMINATION);
			});
		assertThat(campaign.getPhase()).isEqualTo(CampaignPhase.PREPARATION);
	}

}
