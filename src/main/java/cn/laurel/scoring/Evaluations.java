package cn.laurel.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.Candidates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a campaign: loads the candidates, the panels with their judges and recusals, the
 * submitted sheets (without those of recused judges) and the votes, and runs each category's
 * {@link CategoryEvaluation}. Once scoring is locked the votes frozen with the lock are used, so the
 * ranking no longer moves.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	private final Campaigns campaigns;

	private final Categories categories;

	private final Candidates candidates;

	private final Panels panels;

	private final Sheets sheets;

	private final ScoringRecords records;

	private final UnitParents units;

	private final ObjectProvider<OnlineVotes> onlineVotes;

	Evaluations(Campaigns campaigns, Categories categories, Candidates candidates, Panels panels, Sheets sheets,
			ScoringRecords records, UnitParents units, ObjectProvider<OnlineVotes> onlineVotes) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.candidates = candidates;
		this.panels = panels;
		this.sheets = sheets;
		this.records = records;
		this.units = units;
		this.onlineVotes = onlineVotes;
	}

	/** The campaign's scoring, for its organiser. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CampaignScoring of(Long campaignId) {
		return compute(campaignId);
	}

	/**
	 * How far a judge is: the candidates they judge (not counting those they are recused from), how many
	 * of those have a complete sheet, and when they submitted.
	 */
	record JudgeProgress(Panel panel, Member member, int candidates, int recused, int complete, Instant submittedAt) {
	}

	/** Every judge's progress on every panel of {@code scoring}'s campaign. */
	public List<JudgeProgress> progress(CampaignScoring scoring) {
		List<Candidates.Candidate> candidates = scoring.categories()
			.stream()
			.flatMap(category -> category.candidates().values().stream())
			.toList();
		List<JudgeProgress> progress = new ArrayList<>();
		for (Panel panel : scoring.panels()) {
			Map<Long, Instant> submissions = this.sheets.submissions(panel.id());
			List<Scoresheet> sheets = this.sheets.ofPanel(panel.id());
			for (Member member : scoring.members().get(panel.id())) {
				Set<Long> recused = new HashSet<>();
				scoring.recusals()
					.stream()
					.filter(r -> r.panelId() == panel.id() && r.judgeId() == member.accountId())
					.forEach(r -> recused.add(r.candidateId()));
				Set<Long> judged = new HashSet<>();
				candidates.stream()
					.filter(c -> panel.judges(c.categoryId(), c.id()) && !recused.contains(c.id()))
					.forEach(c -> judged.add(c.id()));
				int complete = (int) sheets.stream()
					.filter(s -> s.judgeId() == member.accountId() && judged.contains(s.candidateId())
							&& s.isComplete(panel))
					.count();
				progress.add(new JudgeProgress(panel, member, judged.size(), recused.size(), complete,
						submissions.get(member.accountId())));
			}
		}
		return progress;
	}

	/** The live online votes of the campaign's candidates; none without a voting module. */
	Map<Long, Long> liveVotes(long campaignId) {
		OnlineVotes votes = this.onlineVotes.getIfAvailable();
		return votes == null ? Map.of() : votes.validVotes(campaignId);
	}

	/** Callers have checked that the current user manages the campaign. */
	CampaignScoring compute(long campaignId) {
		Campaign campaign = this.campaigns.findById(campaignId)
			.orElseThrow(() -> new ScoringNotFound("campaign", campaignId));
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId);
		List<Candidates.Candidate> candidates = this.candidates.ofCampaign(campaignId);
		List<Panel> panels = this.panels.ofCampaign(campaignId);
		Map<Long, List<Member>> members = new LinkedHashMap<>();
		panels.forEach(panel -> members.put(panel.id(), this.panels.members(panel.id())));
		Map<Long, Long> parents = this.units.load();
		List<Recusal> recusals = Conflicts.of(panels, members, candidates, this.sheets.declarationsIn(campaignId),
				parents);
		ScoringRecords.Lock lock = this.records.lock(campaignId).orElse(null);
		Map<Long, Long> votes = lock != null ? this.records.lockedVotes(campaignId) : liveVotes(campaignId);
		Scheme scheme = this.records.scheme(campaignId);
		List<TieDecision> decisions = this.records.decisions(campaignId);
		List<Scoresheet> submitted = counted(this.sheets.submittedIn(campaignId), panels, candidates, recusals);
		List<CampaignScoring.CategoryScoring> results = new ArrayList<>();
		for (Category category : categories) {
			Map<Long, Candidates.Candidate> mine = new LinkedHashMap<>();
			candidates.stream().filter(c -> c.categoryId() == category.getId()).forEach(c -> mine.put(c.id(), c));
			List<CategoryEvaluation.Standing> standings = CategoryEvaluation.evaluate(new CategoryEvaluation.Input(
					new Ranking.Places(category.getQuota(), category.getSegments(), category.getAllocations()),
					mine.values()
						.stream()
						.map(c -> new CategoryEvaluation.Candidate(c.id(), c.segment(),
								UnitParents.line(c.unitId(), parents)))
						.toList(),
					components(campaign, category, mine, panels, submitted), votes, scheme.votePoints(),
					scheme.rankStep().doubleValue(), scheme.tieBreaks(),
					decisions.stream().filter(d -> d.categoryId() == category.getId()).map(TieDecision::order).toList()));
			results.add(new CampaignScoring.CategoryScoring(category, standings, mine));
		}
		return new CampaignScoring(campaign, scheme, lock, this.records.shortlist(campaignId).isPresent(), panels,
				members, recusals, submitted, votes, decisions, results);
	}

	/** Submitted sheets for assigned candidates by judges not recused from them. */
	private static List<Scoresheet> counted(List<Scoresheet> sheets, List<Panel> panels,
			List<Candidates.Candidate> candidates, List<Recusal> recusals) {
		Map<Long, Panel> byId = new HashMap<>();
		panels.forEach(panel -> byId.put(panel.id(), panel));
		Map<Long, Long> categoryOf = new HashMap<>();
		candidates.forEach(candidate -> categoryOf.put(candidate.id(), candidate.categoryId()));
		Set<String> recused = new HashSet<>();
		recusals.forEach(r -> recused.add(r.panelId() + "/" + r.judgeId() + "/" + r.candidateId()));
		return sheets.stream()
			.filter(sheet -> categoryOf.containsKey(sheet.candidateId()))
			.filter(sheet -> byId.get(sheet.panelId()).judges(categoryOf.get(sheet.candidateId()), sheet.candidateId()))
			.filter(sheet -> !recused.contains(sheet.panelId() + "/" + sheet.judgeId() + "/" + sheet.candidateId()))
			.toList();
	}

	private static List<CategoryEvaluation.Component> components(Campaign campaign, Category category,
			Map<Long, Candidates.Candidate> candidates, List<Panel> panels, List<Scoresheet> submitted) {
		List<CategoryEvaluation.Component> components = new ArrayList<>();
		for (ScoringWeight weight : campaign.getScoringWeights()) {
			Panel panel = weight.component() == ScoringWeight.Source.PANEL ? panels.stream()
				.filter(p -> p.settings().component().equals(weight.label()))
				.findFirst()
				.orElse(null) : null;
			if (panel == null) {
				components.add(new CategoryEvaluation.Component(weight.label(), weight.component(), weight.weight(),
						null, candidates.keySet(), List.of(), List.of()));
				continue;
			}
			Set<Long> assigned = new HashSet<>();
			candidates.keySet().stream().filter(id -> panel.judges(category.getId(), id)).forEach(assigned::add);
			List<Score> scores = new ArrayList<>();
			List<Cast> casts = new ArrayList<>();
			for (Scoresheet sheet : submitted) {
				if (sheet.panelId() != panel.id() || !assigned.contains(sheet.candidateId())) {
					continue;
				}
				if (panel.mode() == PanelMode.BALLOT) {
					casts.add(new Cast(sheet.candidateId(), sheet.judgeId(), sheet.ballot()));
				}
				else {
					scores.add(new Score(sheet.candidateId(), sheet.judgeId(), sheet.total().doubleValue()));
				}
			}
			components.add(new CategoryEvaluation.Component(weight.label(), weight.component(), weight.weight(),
					panel.spec(), assigned, scores, casts));
		}
		return components;
	}

}
