package cn.laurel.award;

import java.time.LocalDate;

import cn.laurel.campaign.CampaignPhase;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;

import static cn.laurel.nomination.NominationScenario.as;

/** What award tests share: a campaign taken from its ranked shortlist to the decision. */
final class AwardFixtures {

	private AwardFixtures() {
	}

	/**
	 * Publishes the campaign's 公示 on Monday 28 September 2026 and, once it is over, records the 局党组会's
	 * commendation of 12 October; the clock is left on that day.
	 */
	static Decision publiciseAndDecide(NominationScenario scenario, long campaignId, Publicity publicity,
			AwardDecisions decisions, PublicityFixtures.SettableClock clock) {
		clock.set(LocalDate.of(2026, 9, 28));
		scenario.skipTo(campaignId, CampaignPhase.PUBLICITY);
		as(scenario.organiser, () -> publicity.publish(campaignId, LocalDate.of(2026, 9, 28)));
		clock.set(LocalDate.of(2026, 10, 12));
		scenario.skipTo(campaignId, CampaignPhase.DECISION);
		return as(scenario.organiser, () -> decisions.decide(campaignId, DecisionWording.COMMENDATION, "局党组会",
				LocalDate.of(2026, 10, 12), "执法党〔2026〕12号", null));
	}

}
