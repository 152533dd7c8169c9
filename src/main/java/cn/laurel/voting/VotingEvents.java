package cn.laurel.voting;

import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** What the audit trail records of voting: rule changes and invalidated votes. */
public final class VotingEvents {

	private VotingEvents() {
	}

	/** The organiser changed a campaign's voting rules. */
	public record RulesChanged(Long campaignId, Object before, Object after) implements AuditableEvent {

		@Override
		public String action() {
			return "voting.rules-changed";
		}

		@Override
		public String subjectType() {
			return "campaign";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.campaignId);
		}

	}

	/** The organiser invalidated the valid votes of a flagged set; the votes are kept, marked invalid. */
	public record VotesInvalidated(Long campaignId, long invalidationId, FlagKind kind, String flagSubject, int votes,
			String reason) implements AuditableEvent {

		@Override
		public String action() {
			return "voting.votes-invalidated";
		}

		@Override
		public String subjectType() {
			return "vote-invalidation";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.invalidationId);
		}

		@Override
		public Object after() {
			return Map.of("flag", this.kind, "subject", this.flagSubject, "votes", this.votes);
		}

	}

}
