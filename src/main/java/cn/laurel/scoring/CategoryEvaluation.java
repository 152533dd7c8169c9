package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.ScoringWeight.Source;

/**
 * One category's evaluation, from submitted marks, ballots and votes to ranked standings. Each
 * component of the campaign's scheme gives every candidate points out of 100: a scoring panel its
 * aggregated mark as a share of its scale, a ballot panel its approval share, the online vote
 * points by the configured rule. The composite is Σ weight × points / 100 (weights sum to 100).
 * Plain Java, so that the benchmark and the tests run it without a database.
 */
public final class CategoryEvaluation {

	private CategoryEvaluation() {
	}

	/**
	 * How a panel judges.
	 *
	 * @param scale the most points a judge can give a candidate (the criteria's maxima summed)
	 */
	record PanelSpec(PanelMode mode, Aggregation aggregation, boolean normalised, double scale) {
	}

	/**
	 * One weighted component.
	 *
	 * @param panel how its panel judges; {@code null} for the online vote, or for a panel component
	 * that no panel has been set up for yet (it then gives no points)
	 * @param assigned the candidates the panel judges
	 * @param scores the submitted marks (scoring panels), recused judges having none
	 * @param casts the submitted ballots (ballot panels)
	 */
	record Component(String label, Source source, int weight, PanelSpec panel, Set<Long> assigned,
			List<Score> scores, List<Cast> casts) {
	}

	/** @param units the candidate's unit and the units above it */
	record Candidate(long id, String segment, Set<Long> units) {
	}

	/**
	 * Everything a category's ranking depends on.
	 *
	 * @param votes valid online votes per candidate; absent means none
	 * @param tieBreaks component labels compared in turn when composites are equal: a panel by its
	 * points, the online vote by its vote count
	 * @param decisions tied candidates in the order the leading group decided
	 */
	record Input(Ranking.Places places, List<Candidate> candidates, List<Component> components,
			Map<Long, Long> votes, VotePoints votePoints, double rankStep, List<String> tieBreaks,
			List<List<Long>> decisions) {
	}

	/** One candidate's result, in rank order. */
	public record Standing(long candidateId, Ranking.Placement placement, BigDecimal composite, List<Part> parts) {

		public Part part(String label) {
			return this.parts.stream().filter(part -> part.label().equals(label)).findFirst().orElse(null);
		}

	}

	/**
	 * What one component gave the candidate.
	 *
	 * @param points out of 100
	 * @param missing whether the component had nothing to give (no panel, not assigned, no mark)
	 */
	public record Part(String label, Source source, int weight, double points, boolean missing, PanelDetail panel,
			VoteDetail votes) {

		/** The points this component adds to the composite. */
		public double contribution() {
			return this.weight * this.points / 100;
		}

		public BigDecimal shownPoints() {
			return Points.shown(this.points);
		}

		public BigDecimal shownContribution() {
			return Points.shown(contribution());
		}

	}

	/**
	 * A panel's part in detail.
	 *
	 * @param raw the marks as submitted
	 * @param used the marks averaged, after normalisation if any
	 * @param dropped the highest and lowest dropped by a trimmed mean (normalised values if normalised)
	 * @param value the aggregated mark on the panel's scale, or {@code null}
	 * @param ballots the ballots per kind, for a ballot panel
	 */
	public record PanelDetail(PanelSpec spec, boolean assigned, List<Mark> raw, List<Mark> used, List<Mark> dropped,
			boolean trimmed, Double value, Map<Ballot, Integer> ballots) {

		public BigDecimal shownValue() {
			return this.value == null ? null : Points.shown(this.value);
		}

		public int count(Ballot ballot) {
			return this.ballots.getOrDefault(ballot, 0);
		}

	}

	/** The online vote's part in detail: the candidate's votes and the category's top count. */
	public record VoteDetail(long votes, long top, VotePoints rule, double rankStep) {
	}

	static List<Standing> evaluate(Input input) {
		Map<Long, List<Part>> parts = new HashMap<>();
		input.candidates().forEach(candidate -> parts.put(candidate.id(), new ArrayList<>()));
		for (Component component : input.components()) {
			Map<Long, Part> given = component.source() == Source.ONLINE_VOTES ? votes(component, input)
					: panel(component, input.candidates());
			given.forEach((candidate, part) -> parts.get(candidate).add(part));
		}
		List<Ranking.Entrant> entrants = new ArrayList<>(input.candidates().size());
		Map<Long, Double> composites = new HashMap<>();
		for (Candidate candidate : input.candidates()) {
			List<Part> mine = parts.get(candidate.id());
			double composite = mine.stream().collect(Collectors.summingDouble(Part::contribution));
			composites.put(candidate.id(), composite);
			entrants.add(new Ranking.Entrant(candidate.id(), candidate.segment(), candidate.units(),
					Points.hundredths(composite), tieBreaks(mine, input.tieBreaks())));
		}
		return Ranking.rank(input.places(), entrants, input.decisions())
			.stream()
			.map(placement -> new Standing(placement.id(), placement, Points.shown(composites.get(placement.id())),
					List.copyOf(parts.get(placement.id()))))
			.toList();
	}

	private static long[] tieBreaks(List<Part> parts, List<String> labels) {
		long[] values = new long[labels.size()];
		for (int i = 0; i < labels.size(); i++) {
			String label = labels.get(i);
			for (Part part : parts) {
				if (part.label().equals(label)) {
					values[i] = part.votes() != null ? part.votes().votes() : Points.hundredths(part.points());
				}
			}
		}
		return values;
	}

	private static Map<Long, Part> votes(Component component, Input input) {
		Map<Long, Long> votes = new HashMap<>();
		input.candidates().forEach(candidate -> votes.put(candidate.id(), input.votes().getOrDefault(candidate.id(), 0L)));
		long top = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
		Map<Long, Double> points = input.votePoints().points(votes, input.rankStep());
		Map<Long, Part> parts = new HashMap<>();
		votes.forEach((candidate, count) -> parts.put(candidate, new Part(component.label(), component.source(),
				component.weight(), points.get(candidate), false, null,
				new VoteDetail(count, top, input.votePoints(), input.rankStep()))));
		return parts;
	}

	private static Map<Long, Part> panel(Component component, List<Candidate> candidates) {
		PanelSpec spec = component.panel();
		Map<Long, Part> parts = new HashMap<>();
		if (spec == null) {
			candidates.forEach(candidate -> parts.put(candidate.id(),
					new Part(component.label(), component.source(), component.weight(), 0, true, null, null)));
			return parts;
		}
		Map<Long, List<Mark>> raw = marksByCandidate(component.scores());
		Map<Long, List<Mark>> used = spec.normalised() && spec.mode() == PanelMode.SCORES
				? marksByCandidate(Normalisation.apply(component.scores(), spec.scale())) : raw;
		Map<Long, Map<Ballot, Integer>> ballots = new HashMap<>();
		for (Cast cast : component.casts()) {
			ballots.computeIfAbsent(cast.candidateId(), id -> new EnumMap<>(Ballot.class)).merge(cast.ballot(), 1,
					Integer::sum);
		}
		for (Candidate candidate : candidates) {
			boolean assigned = component.assigned().contains(candidate.id());
			Part part;
			if (spec.mode() == PanelMode.BALLOT) {
				Map<Ballot, Integer> cast = ballots.getOrDefault(candidate.id(), Map.of());
				int total = cast.values().stream().mapToInt(Integer::intValue).sum();
				Double share = total == 0 ? null : 100.0 * cast.getOrDefault(Ballot.AGREE, 0) / total;
				part = new Part(component.label(), component.source(), component.weight(), share == null ? 0 : share,
						share == null, new PanelDetail(spec, assigned, List.of(), List.of(), List.of(), false, share,
								Map.copyOf(cast)), null);
			}
			else {
				Aggregation.Aggregate aggregate = spec.aggregation()
					.apply(used.getOrDefault(candidate.id(), List.of()));
				double points = aggregate.value() == null ? 0 : aggregate.value() / spec.scale() * 100;
				part = new Part(component.label(), component.source(), component.weight(), points,
						aggregate.value() == null,
						new PanelDetail(spec, assigned, raw.getOrDefault(candidate.id(), List.of()), aggregate.used(),
								aggregate.dropped(), aggregate.trimmed(), aggregate.value(), Map.of()),
						null);
			}
			parts.put(candidate.id(), part);
		}
		return parts;
	}

	private static Map<Long, List<Mark>> marksByCandidate(List<Score> scores) {
		Map<Long, List<Mark>> marks = new HashMap<>();
		for (Score score : scores) {
			marks.computeIfAbsent(score.candidateId(), id -> new ArrayList<>()).add(score.mark());
		}
		return marks;
	}

}
