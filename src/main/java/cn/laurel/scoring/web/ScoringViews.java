package cn.laurel.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.Candidates;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.scoring.CampaignScoring;
import cn.laurel.scoring.CategoryEvaluation;
import cn.laurel.scoring.Mark;
import cn.laurel.scoring.Member;
import cn.laurel.scoring.Numbers;
import cn.laurel.scoring.Outcome;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.Points;
import cn.laurel.scoring.Ranking;
import cn.laurel.scoring.Recusal;
import cn.laurel.scoring.Scoresheet;
import cn.laurel.scoring.TieDecision;

import org.springframework.stereotype.Component;

/**
 * Turns a campaign's scoring into what the results page, the explanation, the exports and the API
 * show: rows in rank order with unit names and reasons, and for one candidate every judge's mark,
 * what was dropped or normalised, and how the composite adds up. Judges are named, or numbered
 * (评委 1, 评委 2 …) where they are to stay anonymous.
 */
@Component
class ScoringViews {

	private final Units units;

	private final ScoringMessages messages;

	ScoringViews(Units units, ScoringMessages messages) {
		this.units = units;
		this.messages = messages;
	}

	/**
	 * One candidate's line in a category's ranking.
	 *
	 * @param points each component's points, in the campaign's component order
	 * @param outcome why the candidate is in or out, in words
	 */
	record Line(CategoryEvaluation.Standing standing, Candidates.Candidate candidate, String unit,
			List<BigDecimal> points, String outcome, List<String> tiedWith) {

		public boolean selected() {
			return this.standing.placement().outcome().isSelected();
		}

		public boolean pending() {
			return this.standing.placement().outcome() == Outcome.TIE_PENDING;
		}

	}

	record CategoryLines(CampaignScoring.CategoryScoring category, List<Line> lines) {

		/** The pending ties, each as its candidates' lines. */
		public List<List<Line>> pendingTies() {
			Map<Set<Long>, List<Line>> ties = new LinkedHashMap<>();
			Map<Long, Line> byId = this.lines.stream()
				.collect(Collectors.toMap(line -> line.candidate().id(), Function.identity()));
			for (Line line : this.lines) {
				if (line.pending()) {
					Set<Long> group = new TreeSet<>(line.standing().placement().tiedWith());
					group.add(line.candidate().id());
					ties.computeIfAbsent(group, g -> g.stream().map(byId::get).toList());
				}
			}
			return List.copyOf(ties.values());
		}

	}

	List<CategoryLines> lines(CampaignScoring scoring, Locale locale) {
		Map<Long, String> unitNames = unitNames(scoring);
		List<String> labels = scoring.campaign().getScoringWeights().stream().map(ScoringWeight::label).toList();
		List<CategoryLines> categories = new ArrayList<>();
		for (CampaignScoring.CategoryScoring category : scoring.categories()) {
			List<Line> lines = new ArrayList<>();
			for (CategoryEvaluation.Standing standing : category.standings()) {
				Candidates.Candidate candidate = category.candidates().get(standing.candidateId());
				List<BigDecimal> points = labels.stream()
					.map(label -> Optional.ofNullable(standing.part(label))
						.map(part -> Points.shown(part.points()))
						.orElse(null))
					.toList();
				List<String> tied = standing.placement()
					.tiedWith()
					.stream()
					.map(id -> category.candidates().get(id).displayName())
					.toList();
				lines.add(new Line(standing, candidate, unitNames.getOrDefault(candidate.unitId(), ""), points,
						outcome(standing.placement(), unitNames, locale), tied));
			}
			categories.add(new CategoryLines(category, lines));
		}
		return categories;
	}

	String outcome(Ranking.Placement placement, Map<Long, String> unitNames, Locale locale) {
		Object reason = placement.reason();
		if (reason instanceof Long unitId) {
			reason = unitNames.getOrDefault(unitId, String.valueOf(unitId));
		}
		return this.messages.text("scoring.outcome-detail." + placement.outcome().name(), locale, reason);
	}

	/** How a judge is named: by name for the office, by number where judges stay anonymous. */
	String judge(Member member, boolean anonymised, Locale locale) {
		return anonymised ? this.messages.text("scoring.judge-number", locale, member.number())
				: member.displayName();
	}

	/**
	 * One judge's line in a candidate's explanation for one panel.
	 *
	 * @param mark the submitted total or ballot, or {@code null}
	 * @param used the mark as averaged (after normalisation), or {@code null} if not used
	 * @param note why there is no mark or why it was not used, in words
	 */
	record JudgeLine(String judge, String mark, BigDecimal used, boolean dropped, String note) {
	}

	/** A panel part of the explanation with every judge of the panel. */
	record PanelPart(CategoryEvaluation.Part part, Panel panel, List<JudgeLine> judges) {
	}

	/** A candidate's whole explanation. */
	record Explanation(CampaignScoring.CategoryScoring category, Line line, String formula, List<PanelPart> panels,
			List<CategoryEvaluation.Part> others, List<TieBreakValue> tieBreaks, TieDecision decision) {
	}

	/** A tie-break's value for the candidate, as compared. */
	record TieBreakValue(String label, String value) {
	}

	Optional<Explanation> explain(CampaignScoring scoring, long candidateId, boolean anonymised, Locale locale) {
		Optional<CampaignScoring.CategoryScoring> found = scoring.categoryOf(candidateId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CampaignScoring.CategoryScoring category = found.get();
		Line line = lines(scoring, locale).stream()
			.filter(c -> c.category() == category)
			.flatMap(c -> c.lines().stream())
			.filter(l -> l.candidate().id() == candidateId)
			.findFirst()
			.orElseThrow();
		List<PanelPart> panels = new ArrayList<>();
		List<CategoryEvaluation.Part> others = new ArrayList<>();
		for (CategoryEvaluation.Part part : line.standing().parts()) {
			Optional<Panel> panel = part.source() == ScoringWeight.Source.PANEL ? scoring.panelFor(part.label())
					: Optional.empty();
			if (panel.isPresent()) {
				panels.add(new PanelPart(part, panel.get(), judges(scoring, panel.get(), part, candidateId,
						anonymised, locale)));
			}
			else {
				others.add(part);
			}
		}
		List<TieBreakValue> tieBreaks = scoring.scheme()
			.tieBreaks()
			.stream()
			.map(label -> Optional.ofNullable(line.standing().part(label))
				.map(part -> new TieBreakValue(label, part.votes() != null ? String.valueOf(part.votes().votes())
						: Points.shown(part.points()).toPlainString()))
				.orElse(new TieBreakValue(label, "")))
			.toList();
		TieDecision decision = line.standing().placement().decided() ? scoring.decisions()
			.stream()
			.filter(d -> d.order().contains(candidateId))
			.reduce((first, second) -> second)
			.orElse(null) : null;
		String terms = line.standing()
			.parts()
			.stream()
			.map(part -> this.messages.text("scoring.pages.explanation.term", locale, part.weight(),
					part.shownPoints().toPlainString()))
			.collect(Collectors.joining(" + "));
		String formula = this.messages.text("scoring.pages.explanation.formula", locale, terms,
				line.standing().composite().toPlainString());
		return Optional.of(new Explanation(category, line, formula, panels, others, tieBreaks, decision));
	}

	private List<JudgeLine> judges(CampaignScoring scoring, Panel panel, CategoryEvaluation.Part part,
			long candidateId, boolean anonymised, Locale locale) {
		CategoryEvaluation.PanelDetail detail = part.panel();
		List<JudgeLine> lines = new ArrayList<>();
		for (Member member : scoring.members().getOrDefault(panel.id(), List.of())) {
			String name = judge(member, anonymised, locale);
			Optional<Recusal> recusal = scoring.recusals()
				.stream()
				.filter(r -> r.concerns(panel.id(), member.accountId(), candidateId))
				.findFirst();
			Optional<Scoresheet> sheet = scoring.submittedSheet(panel.id(), member.accountId(), candidateId);
			if (recusal.isPresent()) {
				Recusal r = recusal.get();
				String why = r.isAutomatic() ? this.messages.text(r.relation().messageKey(), locale)
						: this.messages.text(r.reason().messageKey(), locale);
				lines.add(new JudgeLine(name, null, null, false,
						this.messages.text("scoring.explanation.recused", locale, why)));
			}
			else if (sheet.isEmpty()) {
				String why = detail != null && !detail.assigned() ? "scoring.explanation.not-assigned"
						: "scoring.explanation.not-submitted";
				lines.add(new JudgeLine(name, null, null, false, this.messages.text(why, locale)));
			}
			else if (panel.mode() == PanelMode.BALLOT) {
				lines.add(new JudgeLine(name, this.messages.text(sheet.get().ballot().messageKey(), locale), null,
						false, null));
			}
			else {
				long judge = member.accountId();
				Optional<Mark> used = detail.used().stream().filter(m -> m.judgeId() == judge).findFirst();
				Optional<Mark> dropped = detail.dropped().stream().filter(m -> m.judgeId() == judge).findFirst();
				lines.add(new JudgeLine(name, Numbers.typed(sheet.get().total()),
						used.or(() -> dropped).map(m -> Points.shown(m.value())).orElse(null), dropped.isPresent(),
						dropped.isPresent() ? this.messages.text("scoring.explanation.dropped", locale) : null));
			}
		}
		return lines;
	}

	Map<Long, String> unitNames(CampaignScoring scoring) {
		List<Long> ids = new ArrayList<>();
		scoring.categories().forEach(c -> c.candidates().values().forEach(candidate -> ids.add(candidate.unitId())));
		scoring.categories()
			.forEach(c -> c.category().getAllocations().forEach(allocation -> ids.add(allocation.unitId())));
		scoring.members().values().forEach(members -> members.forEach(m -> {
			if (m.unitId() != null) {
				ids.add(m.unitId());
			}
		}));
		return this.units.findAllById(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
	}

}
