package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each voting rule refuses naming itself and when the voter may vote again (Beijing midnight, or the opening). */
class VoteRulesTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final long CATEGORY = 1;

	private static final long OTHER_CATEGORY = 2;

	private static final Instant OPENS = at(2025, 12, 11, 0, 0);

	private static final Instant CLOSES = at(2025, 12, 21, 0, 0);

	private static final Instant NOON = at(2025, 12, 15, 12, 0);

	private final VoterDay voterDay = new VoterDay();

	@Test
	void aVoteBeforeTheWindowOpensIsRefusedUntilTheOpening() {
		Admission admission = rules(null, null, 1).admit(at(2025, 12, 10, 23, 59), BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(admission).isEqualTo(new Admission.Refused(VoteRule.WINDOW_NOT_OPEN, 0, OPENS));
	}

	@Test
	void aVoteAfterTheWindowClosesIsRefusedWithNoNextChance() {
		Admission admission = rules(null, null, 1).admit(CLOSES, BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(admission).isEqualTo(new Admission.Refused(VoteRule.WINDOW_CLOSED, 0, null));
	}

	@Test
	void aVoteInsideTheWindowIsAdmittedAsTheFirstOfTheBeijingDay() {
		Admission admission = rules(null, null, 1).admit(OPENS, BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(admission).isEqualTo(
				new Admission.Admitted(LocalDate.of(2025, 12, 11), 0));
	}

	@Test
	void withoutAWindowVotingIsClosed() {
		VoteRules unscheduled = VoteRules.defaults().withWindowDefaults(Optional.empty(), Optional.empty(), BEIJING);

		assertThat(unscheduled.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Refused(VoteRule.WINDOW_CLOSED, 0, null));
	}

	@Test
	void theWindowDefaultsToTheVotingPhaseFromItsFirstMidnightToTheEndOfItsLastDay() {
		VoteRules rules = VoteRules.defaults()
			.withWindowDefaults(Optional.of(LocalDate.of(2025, 12, 11)), Optional.of(LocalDate.of(2025, 12, 20)),
					BEIJING);

		assertThat(rules.opensAt()).isEqualTo(OPENS);
		assertThat(rules.closesAt()).isEqualTo(CLOSES);
	}

	@Test
	void oneVotePerCandidatePerDayRefusesTheSecondUntilMidnight() {
		VoteRules rules = rules(null, null, 1);
		rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(rules.admit(NOON.plusSeconds(60), BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Refused(VoteRule.PER_CANDIDATE, 1, at(2025, 12, 16, 0, 0)));
		assertThat(rules.admit(NOON.plusSeconds(60), BEIJING, this.voterDay, CATEGORY, 11))
			.isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void nVotesPerCandidatePerDayTakeSuccessiveNumbers() {
		VoteRules rules = rules(null, null, 2);

		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Admitted(LocalDate.of(2025, 12, 15), 0));
		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Admitted(LocalDate.of(2025, 12, 15), 1));
		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Refused(VoteRule.PER_CANDIDATE, 2, at(2025, 12, 16, 0, 0)));
	}

	@Test
	void theDailyLimitAcrossCandidatesRefusesTheNextVoteUntilMidnight() {
		VoteRules rules = rules(2, null, 1);
		rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10);
		rules.admit(NOON, BEIJING, this.voterDay, OTHER_CATEGORY, 20);

		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 11))
			.isEqualTo(new Admission.Refused(VoteRule.PER_DAY, 2, at(2025, 12, 16, 0, 0)));
	}

	@Test
	void theLimitPerCategoryRefusesWithinTheCategoryOnly() {
		VoteRules rules = rules(5, 1, 1);
		rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 11))
			.isEqualTo(new Admission.Refused(VoteRule.PER_CATEGORY, 1, at(2025, 12, 16, 0, 0)));
		assertThat(rules.admit(NOON, BEIJING, this.voterDay, OTHER_CATEGORY, 20))
			.isEqualTo(new Admission.Admitted(LocalDate.of(2025, 12, 15), 1));
	}

	@Test
	void onTheLastDayALimitReachedMeansNoNextChance() {
		VoteRules rules = rules(null, null, 1);
		Instant lastDay = at(2025, 12, 20, 9, 0);
		rules.admit(lastDay, BEIJING, this.voterDay, CATEGORY, 10);

		assertThat(rules.admit(lastDay, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Refused(VoteRule.PER_CANDIDATE, 1, null));
	}

	@Test
	void aVoteNotStoredNoLongerCountsAndItsNumberIsTheNextVotes() {
		VoteRules rules = rules(null, null, 1);
		Admission.Admitted first = (Admission.Admitted) rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10);
		this.voterDay.settled(CATEGORY, 10, first.seq(), false);

		assertThat(rules.admit(NOON, BEIJING, this.voterDay, CATEGORY, 10))
			.isEqualTo(new Admission.Admitted(LocalDate.of(2025, 12, 15), 0));
	}

	@Test
	void rulesThatCannotWorkNameTheirFields() {
		VoteRules broken = new VoteRules(CLOSES, OPENS, 0, null, 0, TallyDisplay.DELAYED, 0);

		assertThat(broken.problems()).extracting(VoteRules.Problem::field)
			.containsExactly("closesAt", "perDay", "perCandidatePerDay", "tallyDelayMinutes");
		assertThat(new VoteRules(null, null, 2, 3, 1, TallyDisplay.LIVE, 0).problems())
			.extracting(VoteRules.Problem::messageKey)
			.containsExactly("voting.rules.category-above-day");
	}

	private static VoteRules rules(Integer perDay, Integer perCategory, int perCandidate) {
		return new VoteRules(OPENS, CLOSES, perDay, perCategory, perCandidate, TallyDisplay.LIVE, 0);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant();
	}

}
