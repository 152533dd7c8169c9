package cn.laurel.award;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Violation;

/**
 * The figures of a 审定 by ballot: the members who should attend (应到), those present (实到) and the votes. The list
 * passes with the votes of more than half of the members who should attend, the rule of 党组织 meetings, with more
 * than half of them present.
 */
public record Ballot(int members, int present, int votesFor, int votesAgainst, int abstentions) {

	/** Why these figures cannot stand as a ballot that passed the list; empty when they can. */
	List<Violation> problems() {
		List<Violation> problems = new ArrayList<>();
		if (this.members < 1 || this.present < 0 || this.votesFor < 0 || this.votesAgainst < 0 || this.abstentions < 0
				|| this.present > this.members || this.votesFor + this.votesAgainst + this.abstentions > this.present) {
			problems.add(Violation.of("ballot", "award.decision.ballot-figures"));
		}
		else if (this.present * 2 <= this.members) {
			problems.add(Violation.of("ballot", "award.decision.ballot-quorum", this.members, this.present));
		}
		else if (this.votesFor * 2 <= this.members) {
			problems.add(Violation.of("ballot", "award.decision.ballot-not-passed", this.members, this.votesFor));
		}
		return problems;
	}

}
