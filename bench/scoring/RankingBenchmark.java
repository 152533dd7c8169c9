package cn.laurel.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.ScoringWeight.Source;
import cn.laurel.campaign.Segment;

/**
 * Ranks one category from 10,000 judge scores and 10 million online votes, in memory: the votes are
 * tallied per candidate (what {@code OnlineVotes} hands over), then the category is evaluated the way
 * the application does it (per-judge normalisation, trimmed mean, ballots, vote points, composite, tie-breaks,
 * places within the quota, two segments and per-region allocations). Run by {@code bench/scoring/run.sh};
 * prints the median of several timed runs after a warm-up.
 */
public final class RankingBenchmark {

	static final int CANDIDATES = 200;

	static final int JUDGES = 50;

	static final int BALLOTS = 15;

	static final int VOTES = 10_000_000;

	static final int REGIONS = 11;

	static final int RUNS = 11;

	private RankingBenchmark() {
	}

	public static void main(String[] args) {
		Random random = new Random(2023);
		List<CategoryEvaluation.Candidate> candidates = new ArrayList<>();
		for (int c = 0; c < CANDIDATES; c++) {
			// seed 002: 系统干部职工 and 社会救援力量, from 11 cities
			candidates.add(new CategoryEvaluation.Candidate(c + 1, c % 4 == 0 ? "社会救援力量" : "系统干部职工",
					Set.of(1000L + c % REGIONS, 10_000L + c)));
		}
		Set<Long> ids = new HashSet<>();
		candidates.forEach(candidate -> ids.add(candidate.id()));
		List<Score> scores = new ArrayList<>();
		for (int j = 0; j < JUDGES; j++) {
			double leniency = random.nextGaussian() * 5;
			for (int c = 0; c < CANDIDATES; c++) {
				double mark = 70 + (c % 37) * 0.6 + leniency + random.nextGaussian() * 3;
				scores.add(new Score(c + 1, j + 1, Math.max(0, Math.min(100, Math.round(mark * 2) / 2.0))));
			}
		}
		List<Cast> casts = new ArrayList<>();
		Ballot[] ballots = Ballot.values();
		for (int j = 0; j < BALLOTS; j++) {
			for (int c = 0; c < CANDIDATES; c++) {
				casts.add(new Cast(c + 1, 100 + j, ballots[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)]));
			}
		}
		int[] votes = new int[VOTES];
		for (int v = 0; v < VOTES; v++) {
			// popular candidates draw more votes: the square skews towards low indices
			double u = random.nextDouble();
			votes[v] = (int) (u * u * CANDIDATES);
		}
		List<Allocation> allocations = new ArrayList<>();
		for (int r = 0; r < REGIONS; r++) {
			allocations.add(new Allocation(1000L + r, r < 5 ? "系统干部职工" : null, r < 5 ? 2 : 3));
		}
		Ranking.Places places = new Ranking.Places(20,
				List.of(new Segment("系统干部职工", 15), new Segment("社会救援力量", 5)), allocations);
		List<CategoryEvaluation.Component> components = List.of(
				new CategoryEvaluation.Component("社会监督员评议打分", Source.PANEL, 60,
						new CategoryEvaluation.PanelSpec(PanelMode.SCORES, Aggregation.TRIMMED_MEAN, true, 100), ids,
						scores, List.of()),
				new CategoryEvaluation.Component("网络投票", Source.ONLINE_VOTES, 10, null, ids, List.of(), List.of()),
				new CategoryEvaluation.Component("领导小组投票", Source.PANEL, 30,
						new CategoryEvaluation.PanelSpec(PanelMode.BALLOT, Aggregation.MEAN, false, 100), ids,
						List.of(), casts));

		long[] tallies = new long[RUNS];
		long[] rankings = new long[RUNS];
		List<CategoryEvaluation.Standing> standings = List.of();
		for (int warmUp = 0; warmUp < 5; warmUp++) {
			standings = rank(places, candidates, components, tally(votes));
		}
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			Map<Long, Long> tallied = tally(votes);
			long talliedAt = System.nanoTime();
			standings = rank(places, candidates, components, tallied);
			long ranked = System.nanoTime();
			tallies[run] = talliedAt - start;
			rankings[run] = ranked - talliedAt;
		}
		long tally = median(tallies);
		long ranking = median(rankings);
		long selected = standings.stream().filter(s -> s.placement().outcome().isSelected()).count();
		System.out.printf("category of %d candidates, %d judge scores (%d judges, normalised, trimmed mean),"
				+ " %d ballots, %,d votes%n", CANDIDATES, scores.size(), JUDGES, casts.size(), VOTES);
		System.out.printf("tally of %,d votes:   %7.1f ms (median of %d)%n", VOTES, tally / 1e6, RUNS);
		System.out.printf("ranking:                  %7.1f ms (median of %d)%n", ranking / 1e6, RUNS);
		System.out.printf("total:                    %7.1f ms; %d selected of %d places; first %s with %s%n",
				(tally + ranking) / 1e6, selected, places.quota(), standings.get(0).candidateId(),
				standings.get(0).composite());
		if (tally + ranking > 1_000_000_000L) {
			System.out.println("SLOWER THAN ONE SECOND");
			System.exit(1);
		}
	}

	/** What {@code select nomination_id, count(*) … group by nomination_id} gives, counted in memory. */
	static Map<Long, Long> tally(int[] votes) {
		long[] counts = new long[CANDIDATES];
		for (int vote : votes) {
			counts[vote]++;
		}
		Map<Long, Long> tallied = new HashMap<>();
		for (int c = 0; c < CANDIDATES; c++) {
			tallied.put((long) c + 1, counts[c]);
		}
		return tallied;
	}

	static List<CategoryEvaluation.Standing> rank(Ranking.Places places, List<CategoryEvaluation.Candidate> candidates,
			List<CategoryEvaluation.Component> components, Map<Long, Long> votes) {
		return CategoryEvaluation.evaluate(new CategoryEvaluation.Input(places, candidates, components, votes,
				VotePoints.SHARE_OF_TOP, 5, List.of("社会监督员评议打分", "网络投票"), List.of()));
	}

	static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
