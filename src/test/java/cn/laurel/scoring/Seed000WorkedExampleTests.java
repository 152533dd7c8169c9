package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.campaign.ScoringWeight.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seed 000: 社会监督员评议打分 60% + 网络投票 10% + 领导小组投票 30%. Five 社会监督员 score the four
 * aspects (思想道德, 为民服务, 执法办案, 攻坚克难, 25 points each) with the highest and lowest total
 * dropped; five 领导小组 members vote 同意 / 不同意 / 弃权; votes count as a share of the top count.
 */
class Seed000WorkedExampleTests {

	static final long A = 1;

	static final long B = 2;

	static final long C = 3;

	@Test
	void theSeed000CompositeIsSixtyPercentSupervisorsTenPercentVotesAndThirtyPercentLeadingGroup() {
		List<Score> supervisors = new ArrayList<>();
		// A: 92, 88, 90, 75, 96 → drop 96 and 75 → (92 + 88 + 90) / 3 = 90
		supervisors.add(sheet(A, 11, 23, 24, 22, 23)); // 92
		supervisors.add(sheet(A, 12, 22, 22, 22, 22)); // 88
		supervisors.add(sheet(A, 13, 23, 22, 23, 22)); // 90
		supervisors.add(sheet(A, 14, 19, 19, 18, 19)); // 75, dropped as the lowest
		supervisors.add(sheet(A, 15, 24, 24, 24, 24)); // 96, dropped as the highest
		// B: 85, 80, 90, 86, 84 → drop 90 and 80 → (85 + 86 + 84) / 3 = 85
		supervisors.add(sheet(B, 11, 21, 21, 22, 21)); // 85
		supervisors.add(sheet(B, 12, 20, 20, 20, 20)); // 80
		supervisors.add(sheet(B, 13, 23, 22, 23, 22)); // 90
		supervisors.add(sheet(B, 14, 22, 21, 22, 21)); // 86
		supervisors.add(sheet(B, 15, 21, 21, 21, 21)); // 84
		// C: judge 15 works in C's unit and is recused, so four marks: 78, 82, 80, 95
		// → drop 95 and 78 → (82 + 80) / 2 = 81
		supervisors.add(sheet(C, 11, 20, 20, 19, 19)); // 78
		supervisors.add(sheet(C, 12, 21, 20, 21, 20)); // 82
		supervisors.add(sheet(C, 13, 20, 20, 20, 20)); // 80
		supervisors.add(sheet(C, 14, 24, 24, 23, 24)); // 95
		List<Cast> leadingGroup = new ArrayList<>();
		// A: 5 同意 of 5 → 100; B: 4 of 5 → 80; C: 3 同意, 1 不同意, 1 弃权 → 3 of 5 → 60
		ballots(leadingGroup, A, Ballot.AGREE, Ballot.AGREE, Ballot.AGREE, Ballot.AGREE, Ballot.AGREE);
		ballots(leadingGroup, B, Ballot.AGREE, Ballot.AGREE, Ballot.DISAGREE, Ballot.AGREE, Ballot.AGREE);
		ballots(leadingGroup, C, Ballot.AGREE, Ballot.DISAGREE, Ballot.AGREE, Ballot.ABSTAIN, Ballot.AGREE);
		// Votes 1,200, 1,500 and 600 against a top of 1,500 → 80, 100 and 40 points.
		Map<Long, Long> votes = Map.of(A, 1200L, B, 1500L, C, 600L);
		Set<Long> all = Set.of(A, B, C);

		List<CategoryEvaluation.Standing> standings = CategoryEvaluation.evaluate(new CategoryEvaluation.Input(
				new Ranking.Places(2, List.of(), List.of()),
				List.of(candidate(A), candidate(B), candidate(C)),
				List.of(new CategoryEvaluation.Component("社会监督员评议打分", Source.PANEL, 60,
						new CategoryEvaluation.PanelSpec(PanelMode.SCORES, Aggregation.TRIMMED_MEAN, false, 100), all,
						supervisors, List.of()),
						new CategoryEvaluation.Component("网络投票", Source.ONLINE_VOTES, 10, null, all, List.of(),
								List.of()),
						new CategoryEvaluation.Component("领导小组投票", Source.PANEL, 30,
								new CategoryEvaluation.PanelSpec(PanelMode.BALLOT, Aggregation.MEAN, false, 100), all,
								List.of(), leadingGroup)),
				votes, VotePoints.SHARE_OF_TOP, 0, List.of(), List.of()));

		// A = 0.6 × 90 + 0.1 × 80 + 0.3 × 100 = 54 + 8 + 30 = 92.00
		// B = 0.6 × 85 + 0.1 × 100 + 0.3 × 80 = 51 + 10 + 24 = 85.00
		// C = 0.6 × 81 + 0.1 × 40 + 0.3 × 60 = 48.6 + 4 + 18 = 70.60
		assertThat(standings).extracting(CategoryEvaluation.Standing::candidateId).containsExactly(A, B, C);
		assertThat(standings).extracting(CategoryEvaluation.Standing::composite)
			.containsExactly(new BigDecimal("92.00"), new BigDecimal("85.00"), new BigDecimal("70.60"));
		assertThat(standings.get(0).part("社会监督员评议打分").points()).isEqualTo(90.0);
		assertThat(standings.get(0).part("社会监督员评议打分").panel().dropped()).extracting(Mark::judgeId)
			.containsExactly(14L, 15L);
		assertThat(standings.get(2).part("社会监督员评议打分").points()).isEqualTo(81.0);
		assertThat(standings.get(2).part("社会监督员评议打分").panel().raw()).hasSize(4);
		assertThat(standings.get(0).part("网络投票").points()).isEqualTo(80.0);
		assertThat(standings.get(1).part("领导小组投票").points()).isEqualTo(80.0);
		assertThat(standings.get(2).part("领导小组投票").points()).isEqualTo(60.0);
		// Two places (a miniature of the seed's 10): A and B are in, C is out on the quota.
		assertThat(standings).extracting(s -> s.placement().outcome())
			.containsExactly(Outcome.SELECTED, Outcome.SELECTED, Outcome.QUOTA_FULL);
	}

	@Test
	void aCategoryWithoutAnyVoteStillRanksOnItsPanels() {
		List<Score> scores = List.of(new Score(A, 11, 70), new Score(B, 11, 90));

		List<CategoryEvaluation.Standing> standings = CategoryEvaluation.evaluate(new CategoryEvaluation.Input(
				new Ranking.Places(1, List.of(), List.of()), List.of(candidate(A), candidate(B)),
				List.of(new CategoryEvaluation.Component("社会监督员评议打分", Source.PANEL, 90,
						new CategoryEvaluation.PanelSpec(PanelMode.SCORES, Aggregation.MEAN, false, 100), Set.of(A, B),
						scores, List.of()),
						new CategoryEvaluation.Component("网络投票", Source.ONLINE_VOTES, 10, null, Set.of(A, B), List.of(),
								List.of())),
				Map.of(), VotePoints.SHARE_OF_TOP, 0, List.of(), List.of()));

		// B = 0.9 × 90 + 0.1 × 0 = 81.00; A = 0.9 × 70 = 63.00
		assertThat(standings).extracting(CategoryEvaluation.Standing::composite)
			.containsExactly(new BigDecimal("81.00"), new BigDecimal("63.00"));
	}

	@Test
	void normalisingEachJudgeStopsALenientJudgesMarkFromDecidingWhereTheStrictJudgeWasRecused() {
		// Judge 11 is lenient (A 95, B 90, C 93); judge 12 is strict (A 75, B 70) and recused from C.
		List<Score> scores = List.of(new Score(A, 11, 95), new Score(B, 11, 90), new Score(C, 11, 93),
				new Score(A, 12, 75), new Score(B, 12, 70));

		// Raw means: C 93 (from the lenient judge alone), A 85, B 80.
		assertThat(supervisorsOnly(scores, false)).extracting(CategoryEvaluation.Standing::candidateId)
			.containsExactly(C, A, B);
		// Normalised: each judge ranks A above the others they scored; C is only a little above judge 11's
		// mean, so A (≈ 95.4) comes before C (≈ 86.2) and B (≈ 73.0).
		List<CategoryEvaluation.Standing> normalised = supervisorsOnly(scores, true);
		assertThat(normalised).extracting(CategoryEvaluation.Standing::candidateId).containsExactly(A, C, B);
		assertThat(normalised.get(0).part("社会监督员评议打分").panel().raw()).extracting(Mark::value)
			.containsExactlyInAnyOrder(95.0, 75.0);
		assertThat(normalised.get(0).part("社会监督员评议打分").points()).isCloseTo(95.41, within(0.01));
	}

	private static List<CategoryEvaluation.Standing> supervisorsOnly(List<Score> scores, boolean normalised) {
		return CategoryEvaluation.evaluate(new CategoryEvaluation.Input(new Ranking.Places(3, List.of(), List.of()),
				List.of(candidate(A), candidate(B), candidate(C)),
				List.of(new CategoryEvaluation.Component("社会监督员评议打分", Source.PANEL, 100,
						new CategoryEvaluation.PanelSpec(PanelMode.SCORES, Aggregation.MEAN, normalised, 100),
						Set.of(A, B, C), scores, List.of())),
				Map.of(), VotePoints.SHARE_OF_TOP, 0, List.of(), List.of()));
	}

	static Score sheet(long candidate, long judge, int... aspects) {
		int total = 0;
		for (int points : aspects) {
			total += points;
		}
		return new Score(candidate, judge, total);
	}

	static void ballots(List<Cast> casts, long candidate, Ballot... ballots) {
		for (int i = 0; i < ballots.length; i++) {
			casts.add(new Cast(candidate, 21 + i, ballots[i]));
		}
	}

	static CategoryEvaluation.Candidate candidate(long id) {
		return new CategoryEvaluation.Candidate(id, null, Set.of());
	}

}
