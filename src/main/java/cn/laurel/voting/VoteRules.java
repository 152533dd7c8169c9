package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's voting rules, as the organiser set them: the window, how many votes a voter has per
 * day in total, per category and per candidate ({@code null} = no limit), and how tallies are shown.
 * {@link #admit} applies every {@link VotePolicy} to one vote.
 *
 * @param opensAt {@code null} until set; then the campaign's VOTING phase window applies
 * @param closesAt likewise
 */
public record VoteRules(Instant opensAt, Instant closesAt, Integer perDay, Integer perCategoryPerDay, int perCandidatePerDay,
		TallyDisplay tallyDisplay, int tallyDelayMinutes) {

	/** One vote per candidate per day, counts shown live: what a campaign has until the organiser decides. */
	static VoteRules defaults() {
		return new VoteRules(null, null, null, null, 1, TallyDisplay.LIVE, 0);
	}

	/** These rules with the window, where not set, running over the VOTING phase's days (inclusive). */
	VoteRules withWindowDefaults(Optional<LocalDate> startsOn, Optional<LocalDate> endsOn, ZoneId zone) {
		Instant opens = this.opensAt != null ? this.opensAt
				: startsOn.map(day -> day.atStartOfDay(zone).toInstant()).orElse(null);
		Instant closes = this.closesAt != null ? this.closesAt
				: endsOn.map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null);
		return new VoteRules(opens, closes, this.perDay, this.perCategoryPerDay, this.perCandidatePerDay,
				this.tallyDisplay, this.tallyDelayMinutes);
	}

	boolean isOpen(Instant now) {
		return this.opensAt != null && this.closesAt != null && !now.isBefore(this.opensAt)
				&& now.isBefore(this.closesAt);
	}

	/** Before the window: no opening set yet, or it lies ahead. */
	boolean hasNotOpened(Instant now) {
		return this.opensAt == null || now.isBefore(this.opensAt);
	}

	boolean hasClosed(Instant now) {
		return this.closesAt != null && !now.isBefore(this.closesAt);
	}

	/**
	 * Admits one vote as the voter's next of the day or refuses it with the first rule it breaks.
	 * Synchronises on {@code voterDay}, so concurrent votes of the same voter take distinct numbers.
	 */
	Admission admit(Instant now, ZoneId zone, VoterDay voterDay, long categoryId, long candidateId) {
		synchronized (voterDay) {
			for (VotePolicy policy : VotePolicy.allCurrentPolicies()) {
				Optional<Admission.Refused> refused = policy.check(this, now, zone, voterDay, categoryId,
						candidateId);
				if (refused.isPresent()) {
					return refused.get();
				}
			}
			return new Admission.Admitted(LocalDate.ofInstant(now, zone), voterDay.take(categoryId, candidateId));
		}
	}

	/** The start of the voter's next day, unless voting has closed by then. */
	Instant nextDay(Instant now, ZoneId zone) {
		Instant tomorrow = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
		return (this.closesAt != null && !tomorrow.isBefore(this.closesAt)) ? null : tomorrow;
	}

	/** Field name and message key of each setting that cannot work. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.opensAt != null && this.closesAt != null && !this.opensAt.isBefore(this.closesAt)) {
			problems.add(new Problem("closesAt", "voting.rules.closes-before-opening"));
		}
		if (this.perDay != null && this.perDay < 1) {
			problems.add(new Problem("perDay", "voting.rules.limit-at-least-one"));
		}
		if (this.perCategoryPerDay != null && this.perCategoryPerDay < 1) {
			problems.add(new Problem("perCategoryPerDay", "voting.rules.limit-at-least-one"));
		}
		if (this.perCandidatePerDay < 1) {
			problems.add(new Problem("perCandidatePerDay", "voting.rules.limit-at-least-one"));
		}
		if (this.perDay != null && this.perCategoryPerDay != null && this.perCategoryPerDay > this.perDay) {
			problems.add(new Problem("perCategoryPerDay", "voting.rules.category-above-day"));
		}
		if (this.tallyDisplay == TallyDisplay.DELAYED && this.tallyDelayMinutes < 1) {
			problems.add(new Problem("tallyDelayMinutes", "voting.rules.delay-at-least-one"));
		}
		return problems;
	}

	public record Problem(String field, String messageKey) {
	}

}
