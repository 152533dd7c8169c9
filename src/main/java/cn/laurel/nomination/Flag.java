package cn.laurel.nomination;

import java.time.Instant;
import java.util.Objects;

import cn.laurel.campaign.EligibilityRule;

/**
 * A mark the office must clear in writing before the nomination may pass 初审: an eligibility rule
 * set to flag that the nominee does not meet, or the same person nominated twice in a campaign.
 *
 * @param rule the rule for an eligibility flag, {@code null} for a duplicate
 * @param otherNominationId the other nomination of the same person, for a duplicate
 */
public record Flag(Kind kind, EligibilityRule.Type rule, Long otherNominationId, String clearedBy,
		Instant clearedAt, String clearance) {

	public enum Kind {

		ELIGIBILITY, DUPLICATE_PERSON;

		public String messageKey() {
			return "flag-kind." + name();
		}

	}

	static Flag eligibility(EligibilityRule.Type rule) {
		return new Flag(Kind.ELIGIBILITY, rule, null, null, null, null);
	}

	static Flag duplicateOf(long otherNominationId) {
		return new Flag(Kind.DUPLICATE_PERSON, null, otherNominationId, null, null, null);
	}

	public boolean isCleared() {
		return this.clearedAt != null;
	}

	Flag clear(String by, Instant at, String reason) {
		return new Flag(this.kind, this.rule, this.otherNominationId, by, at, reason);
	}

	boolean sameAs(Flag other) {
		return this.kind == other.kind && this.rule == other.rule
				&& Objects.equals(this.otherNominationId, other.otherNominationId);
	}

}
