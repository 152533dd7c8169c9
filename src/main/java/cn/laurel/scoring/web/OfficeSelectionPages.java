package cn.laurel.scoring.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.nomination.Candidates;
import cn.laurel.scoring.OfficeSelection;
import cn.laurel.scoring.ScoringRefused;
import cn.laurel.scoring.Shortlists;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's selection page (审核评选) of a campaign without 评审: each category's candidates with a place to
 * number those chosen, in order; blank leaves one out. A refused choice shows the page again as typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class OfficeSelectionPages {

	private final OfficeSelection selection;

	private final CampaignSetup campaigns;

	private final Candidates candidates;

	private final Shortlists shortlists;

	private final ScoringMessages messages;

	OfficeSelectionPages(OfficeSelection selection, CampaignSetup campaigns, Candidates candidates,
			Shortlists shortlists, ScoringMessages messages) {
		this.selection = selection;
		this.campaigns = campaigns;
		this.candidates = candidates;
		this.shortlists = shortlists;
		this.messages = messages;
	}

	/** A category as the page shows it: its candidates, and the place each holds in the office's choice. */
	record CategoryChoice(Category category, List<Candidates.Candidate> candidates, Map<Long, String> places) {
	}

	@GetMapping("/campaigns/{campaignId}/selection")
	String page(@PathVariable Long campaignId, Model model) {
		Map<Long, String> places = new LinkedHashMap<>();
		this.shortlists.of(campaignId)
			.ifPresent(shortlist -> shortlist.selected()
				.forEach(entry -> places.put(entry.candidateId(), String.valueOf(entry.rank()))));
		return show(campaignId, places, model);
	}

	/** Each candidate's typed place, {@code place-<id>}; the numbers order the choice within its category. */
	@PostMapping("/campaigns/{campaignId}/selection")
	String select(@PathVariable Long campaignId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect, Locale locale) {
		Map<Long, String> places = params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("place-") && !e.getValue().isBlank())
			.collect(Collectors.toMap(e -> Long.valueOf(e.getKey().substring("place-".length())),
					e -> e.getValue().strip(), (a, b) -> a, LinkedHashMap::new));
		Map<Long, Long> categoryOf = this.candidates.ofCampaign(campaignId)
			.stream()
			.collect(Collectors.toMap(Candidates.Candidate::id, Candidates.Candidate::categoryId));
		Map<Long, List<Long>> chosen = new LinkedHashMap<>();
		places.keySet()
			.stream()
			.filter(categoryOf::containsKey)
			.sorted(Comparator.comparing((Long id) -> RankingPages.placeOf(places.get(id))).thenComparing(id -> id))
			.forEach(id -> chosen.computeIfAbsent(categoryOf.get(id), category -> new ArrayList<>()).add(id));
		try {
			this.selection.select(campaignId, chosen.entrySet()
				.stream()
				.map(e -> new OfficeSelection.Choice(e.getKey(), e.getValue()))
				.toList());
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			return show(campaignId, places, model);
		}
		redirect.addFlashAttribute("message", "scoring.selection.saved");
		return "redirect:/campaigns/" + campaignId + "/selection";
	}

	private String show(Long campaignId, Map<Long, String> places, Model model) {
		Campaign campaign = this.campaigns.campaign(campaignId);
		Map<Long, List<Candidates.Candidate>> byCategory = this.candidates.ofCampaign(campaignId)
			.stream()
			.collect(Collectors.groupingBy(Candidates.Candidate::categoryId));
		model.addAttribute("campaign", campaign);
		model.addAttribute("byOffice", OfficeSelection.selectsByOffice(campaign));
		model.addAttribute("categories", this.campaigns.categoriesOf(campaignId)
			.stream()
			.map(category -> new CategoryChoice(category, byCategory.getOrDefault(category.getId(), List.of()),
					places))
			.toList());
		return "scoring/selection";
	}

}
