package cn.laurel.award;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.laurel.campaign.CampaignEvents;
import cn.laurel.nomination.HonourDecision;
import cn.laurel.publicity.ShortlistEntry;

/** Facts about decisions and honours that the audit trail records (and the nomination module, of the decision). */
final class AwardEvents {

	private AwardEvents() {
	}

	/** The organiser recorded the decision (审定) and so fixed the honour list. */
	record Decided(Long campaignId, Decision decision) implements CampaignEvents.OfTheCampaign, HonourDecision {

		@Override
		public List<Long> honouredNominationIds() {
			return this.decision.honourees().stream().map(ShortlistEntry::nominationId).toList();
		}

		@Override
		public String action() {
			return "award.decided";
		}

		@Override
		public Object after() {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("wording", this.decision.wording());
			after.put("body", this.decision.decidingBody());
			after.put("method", this.decision.method());
			if (this.decision.ballot() != null) {
				after.put("ballot", this.decision.ballot());
			}
			after.put("on", this.decision.decidedOn().toString());
			after.put("honourees", this.decision.honourees().stream().map(h -> h.nominationId()).toList());
			return after;
		}

	}

	/**
	 * The organiser changed how honours are made or shown: the certificate template, the honour roll, trusted keys,
	 * an import.
	 *
	 * @param action e.g. {@code award.certificate-designed}
	 */
	record Changed(String action, Long campaignId, Object after) implements CampaignEvents.OfTheCampaign {

	}

}
