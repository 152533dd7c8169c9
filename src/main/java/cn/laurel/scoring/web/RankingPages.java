package cn.laurel.scoring.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.ScoringWeight;
import cn.laurel.scoring.Ballot;
import cn.laurel.scoring.CampaignScoring;
import cn.laurel.scoring.Evaluations;
import cn.laurel.scoring.ScoringNotFound;
import cn.laurel.scoring.Shortlisting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ranking: the results with lock, reopening, tie decisions and the shortlist, and a candidate's
 * explanation of how the composite adds up.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class RankingPages {

	private final Shortlisting desk;

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final ScoringMessages messages;

	RankingPages(Shortlisting desk, Evaluations evaluations, ScoringViews views, ScoringMessages messages) {
		this.desk = desk;
		this.evaluations = evaluations;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/scoring/results")
	String results(@PathVariable Long campaignId, Model model, Locale locale) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		model.addAttribute("scoring", scoring);
		model.addAttribute("categories", this.views.lines(scoring, locale));
		model.addAttribute("labels", scoring.campaign().getScoringWeights().stream().map(ScoringWeight::label).toList());
		return "scoring/results";
	}

	@GetMapping("/campaigns/{campaignId}/scoring/candidates/{candidateId}")
	String explanation(@PathVariable Long campaignId, @PathVariable long candidateId, Model model, Locale locale) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		model.addAttribute("scoring", scoring);
		model.addAttribute("explanation", this.views.explain(scoring, candidateId, false, locale)
			.orElseThrow(() -> new ScoringNotFound("candidate", candidateId)));
		model.addAttribute("ballots", Ballot.values());
		return "scoring/explanation";
	}

	@PostMapping("/campaigns/{campaignId}/scoring/lock")
	String lock(@PathVariable Long campaignId, RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.desk.lock(campaignId), "scoring.pages.locked", redirect, locale,
				resultsPath(campaignId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/reopen")
	String reopen(@PathVariable Long campaignId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.desk.reopen(campaignId, reason), "scoring.pages.reopened", redirect, locale,
				resultsPath(campaignId));
	}

	/** The leading group's order for a tie: each tied candidate's place, 1 first. */
	@PostMapping("/campaigns/{campaignId}/scoring/ties")
	String decideTie(@PathVariable Long campaignId, @RequestParam long categoryId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) {
		List<Long> order = params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("place-"))
			.sorted(Comparator.comparing((Map.Entry<String, String> e) -> placeOf(e.getValue()))
				.thenComparing(Map.Entry::getKey))
			.map(e -> Long.valueOf(e.getKey().substring("place-".length())))
			.toList();
		return this.messages.flashing(() -> this.desk.decideTie(campaignId, categoryId, order, params.get("reason")),
				"scoring.pages.tie-decided", redirect, locale, resultsPath(campaignId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/shortlist")
	String shortlist(@PathVariable Long campaignId, RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.desk.generateShortlist(campaignId), "scoring.pages.shortlisted", redirect, locale,
				resultsPath(campaignId));
	}

	/** A typed place, 1 first; anything that is not a number goes last. */
	static int placeOf(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static String resultsPath(Long campaignId) {
		return "/campaigns/" + campaignId + "/scoring/results";
	}

}
