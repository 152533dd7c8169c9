package cn.laurel.voting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.CampaignPhase;

/**
 * What voting needs to know of a campaign: its public face (title, edition, hosts, categories) and
 * the rules in force, the window already resolved against the campaign's VOTING phase.
 *
 * @param rulesSaved whether the organiser saved rules, or the defaults apply
 */
public record VotingCampaign(long id, String title, String edition, List<String> hosts, CampaignPhase phase,
		List<PublicCategory> categories,
		VoteRules rules, boolean rulesSaved) {

	/** Votes are taken only in the campaign's 网络投票 stage and within the rules' window. */
	public boolean isOpen(Instant now) {
		return this.phase == CampaignPhase.VOTING && this.rules.isOpen(now);
	}

	/** Before the voting stage, or in it before the window opens. */
	public boolean hasNotOpened(Instant now) {
		return this.phase.compareTo(CampaignPhase.VOTING) < 0 ? !this.rules.hasClosed(now)
				: this.phase == CampaignPhase.VOTING && this.rules.hasNotOpened(now);
	}

	/**
	 * Why no vote is taken in the campaign's current stage, whatever the rules' window says: before 网络投票 voting
	 * opens no earlier than the window's start; once the campaign has moved on (评审, 公示, 审定 …) the ranking
	 * is being made from the counts, so voting is over.
	 */
	Optional<Admission.Refused> outsideStage(Instant now) {
		if (this.phase == CampaignPhase.VOTING) {
			return Optional.empty();
		}
		if (hasNotOpened(now)) {
			Instant opens = this.rules.opensAt() != null && now.isBefore(this.rules.opensAt()) ? this.rules.opensAt()
					: null;
			return Optional.of(new Admission.Refused(VoteRule.WINDOW_NOT_OPEN, 0, opens));
		}
		return Optional.of(new Admission.Refused(VoteRule.WINDOW_CLOSED, 0, null));
	}

	/** A category as the public pages list it. */
	public record PublicCategory(long id, String name, int order) {
	}

}
