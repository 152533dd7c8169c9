package cn.laurel.voting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One voting rule: refuses a vote naming itself and when the voter may vote again, or lets it pass. */
interface VotePolicy {

	Optional<Admission.Refused> check(VoteRules rules, Instant now, ZoneId zone, VoterDay voterDay, long categoryId,
			long candidateId);

	/** Every rule, in the order a voter is told about them: the window first, then the day, category, candidate. */
	static List<VotePolicy> allCurrentPolicies() {
		return List.of(VotePolicy::windowOpen, VotePolicy::perDay, VotePolicy::perCategory, VotePolicy::perCandidate);
	}

	static Optional<Admission.Refused> windowOpen(VoteRules rules, Instant now, ZoneId zone, VoterDay voterDay,
			long categoryId, long candidateId) {
		if (rules.isOpen(now)) {
			return Optional.empty();
		}
		if (rules.opensAt() != null && now.isBefore(rules.opensAt())) {
			return Optional.of(new Admission.Refused(VoteRule.WINDOW_NOT_OPEN, 0, rules.opensAt()));
		}
		return Optional.of(new Admission.Refused(VoteRule.WINDOW_CLOSED, 0, null));
	}

	static Optional<Admission.Refused> perDay(VoteRules rules, Instant now, ZoneId zone, VoterDay voterDay,
			long categoryId, long candidateId) {
		return refuseAtLimit(rules.perDay(), voterDay.votesToday(), VoteRule.PER_DAY, rules, now, zone);
	}

	static Optional<Admission.Refused> perCategory(VoteRules rules, Instant now, ZoneId zone, VoterDay voterDay,
			long categoryId, long candidateId) {
		return refuseAtLimit(rules.perCategoryPerDay(), voterDay.votesIn(categoryId), VoteRule.PER_CATEGORY, rules,
				now, zone);
	}

	static Optional<Admission.Refused> perCandidate(VoteRules rules, Instant now, ZoneId zone, VoterDay voterDay,
			long categoryId, long candidateId) {
		return refuseAtLimit(rules.perCandidatePerDay(), voterDay.votesFor(candidateId), VoteRule.PER_CANDIDATE,
				rules, now, zone);
	}

	private static Optional<Admission.Refused> refuseAtLimit(Integer limit, int used, VoteRule rule, VoteRules rules,
			Instant now, ZoneId zone) {
		if (limit == null || used < limit) {
			return Optional.empty();
		}
		return Optional.of(new Admission.Refused(rule, limit, rules.nextDay(now, zone)));
	}

}
