package cn.laurel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Candidates;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's own selection (审核评选) where the plan has no scoring stage (seeds 002, 003 and 004 select by the
 * office's review and the leading group's or party committee's 审定): a campaign that schedules no 评审 makes its
 * shortlist here. The office names, in its order, who goes to 公示 in each category; the choice must fit the
 * quota, its segments and every allocation, checked by the same rules that fill places after scoring.
 */
@Service
@Transactional
public class OfficeSelection {

	private final Campaigns campaigns;

	private final Categories categories;

	private final Candidates candidates;

	private final UnitParents parents;

	private final ScoringRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OfficeSelection(Campaigns campaigns, Categories categories, Candidates candidates, UnitParents parents,
			ScoringRecords records, ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.candidates = candidates;
		this.parents = parents;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/** Who the office chose in a category, in its order. */
	public record Choice(long categoryId, List<Long> nominationIds) {

		public Choice {
			nominationIds = List.copyOf(nominationIds);
		}

	}

	/** Whether the campaign's shortlist is the office's choice rather than the ranking of scores. */
	public static boolean selectsByOffice(Campaign campaign) {
		return !campaign.schedules(CampaignPhase.EVALUATION);
	}

	/**
	 * Stores the office's choice as the campaign's shortlist (replacing an earlier one), audited. Refused, naming
	 * each reason, for a campaign that selects by scoring, outside the stage, for a nomination that is not a
	 * candidate of the category, or for a choice beyond the places.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Shortlists.Shortlist select(Long campaignId, List<Choice> choices) {
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
		if (!selectsByOffice(campaign)) {
			throw ScoringRefused.of("selection", "scoring.selection.by-scoring");
		}
		CampaignAction.SELECT.refusalIn(campaign).ifPresent(refusal -> {
			throw new ScoringRefused(List.of(refusal));
		});
		Map<Long, Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
			.stream()
			.collect(Collectors.toMap(Category::getId, Function.identity()));
		Map<Long, Candidates.Candidate> candidates = this.candidates.ofCampaign(campaignId)
			.stream()
			.collect(Collectors.toMap(Candidates.Candidate::id, Function.identity()));
		Map<Long, Long> parents = this.parents.load();
		List<Violation> refusals = new ArrayList<>();
		List<Shortlists.Entry> entries = new ArrayList<>();
		Set<Long> chosen = new HashSet<>();
		for (Choice choice : choices) {
			Category category = categories.get(choice.categoryId());
			if (category == null) {
				refusals.add(Violation.of("categoryId", "scoring.selection.unknown-category"));
				continue;
			}
			List<Ranking.Entrant> entrants = new ArrayList<>();
			for (long id : choice.nominationIds()) {
				Candidates.Candidate candidate = candidates.get(id);
				if (candidate == null || candidate.categoryId() != category.getId() || !chosen.add(id)) {
					refusals.add(Violation.of("nominationIds", "scoring.selection.not-a-candidate", id,
							category.getName()));
					continue;
				}
				// the office's order stands for the composite: the first chosen comes first
				entrants.add(new Ranking.Entrant(id, candidate.segment(), UnitParents.line(candidate.unitId(), parents),
						choice.nominationIds().size() - entrants.size(), new long[0]));
			}
			Ranking.Places places = new Ranking.Places(category.getQuota(), category.getSegments(),
					category.getAllocations());
			for (Ranking.Placement placement : Ranking.rank(places, entrants, List.of())) {
				Candidates.Candidate candidate = candidates.get(placement.id());
				if (!placement.outcome().isSelected()) {
					refusals.add(Violation.of("nominationIds", "scoring.selection.beyond-places",
							candidate.displayName(), category.getName(), "selection-outcome." + placement.outcome().name()));
					continue;
				}
				entries.add(new Shortlists.Entry(category.getId(), candidate.id(), placement.rank(), BigDecimal.ZERO,
						placement.outcome(), candidate.segment(), candidate.unitId(), candidate.displayName()));
			}
		}
		ScoringRefused.throwIfAny(refusals);
		this.records.saveShortlist(campaignId, entries, PanelSetup.actor(), this.clock.instant());
		this.events.publishEvent(ScoringEvents.Changed.ofCampaign("scoring.office-selected", campaignId, null,
				Map.of("selected", entries.stream().map(Shortlists.Entry::candidateId).toList()), null));
		return this.records.shortlist(campaignId).orElseThrow();
	}

}
