package cn.laurel.voting;

import java.time.Instant;
import java.util.List;

import cn.laurel.campaign.CampaignPhase;

/**
 * What voting needs to know of a campaign: its public face (title, edition, hosts, categories) and
 * the rules in force, the window already resolved against the campaign's VOTING phase.
 *
 * @param rulesSaved whether the organiser saved rules, or the defaults apply
 */
record VotingCampaign(long id, String title, String edition, List<String> hosts, CampaignPhase phase,
		List<PublicCategory> categories,
		VoteRules rules, boolean rulesSaved) {

	boolean isOpen(Instant now) {
		return this.rules.isOpen(now);
	}

	/** A category as the public pages list it. */
	record PublicCategory(long id, String name, int order) {
	}

}
