package cn.laurel.scoring.web;

import java.util.Locale;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.scoring.CampaignScoring;
import cn.laurel.scoring.Evaluations;
import cn.laurel.scoring.OfficeSelection;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelSetup;
import cn.laurel.scoring.VotePoints;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's scoring pages around the panels: the campaigns it runs, a campaign's panels with their
 * judges' progress, the scheme and the recusals. A refused change shows the page again with what was
 * typed and every reason.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class ScoringPages {

	private final PanelSetup setup;

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final ScoringMessages messages;

	private final CampaignSetup campaigns;

	ScoringPages(PanelSetup setup, Evaluations evaluations, ScoringViews views, ScoringMessages messages, CampaignSetup campaigns) {
		this.setup = setup;
		this.evaluations = evaluations;
		this.views = views;
		this.messages = messages;
		this.campaigns = campaigns;
	}

	@GetMapping("/scoring")
	String campaigns(Model model) {
		model.addAttribute("campaigns", this.campaigns.manageable());
		return "scoring/campaigns";
	}

	@GetMapping("/campaigns/{campaignId}/scoring")
	String overview(@PathVariable Long campaignId, Model model) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		model.addAttribute("scoring", scoring);
		model.addAttribute("progress", this.evaluations.progress(scoring));
		model.addAttribute("unitNames", this.views.unitNames(scoring));
		model.addAttribute("byOffice", OfficeSelection.selectsByOffice(scoring.campaign()));
		return "scoring/overview";
	}

	@GetMapping("/campaigns/{campaignId}/scoring/scheme")
	String scheme(@PathVariable Long campaignId, Model model) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		return showScheme(scoring, SchemeForm.of(scoring.scheme()), model);
	}

	@PostMapping("/campaigns/{campaignId}/scoring/scheme")
	String saveScheme(@PathVariable Long campaignId, @ModelAttribute("form") SchemeForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.messages.attempt(() -> {
			this.setup.setScheme(campaignId, form.asScheme());
			return "/campaigns/" + campaignId + "/scoring";
		}, "scoring.pages.scheme.saved", redirect, model, locale,
				() -> showScheme(this.evaluations.of(campaignId), form, model));
	}

	@GetMapping("/campaigns/{campaignId}/scoring/recusals")
	String recusals(@PathVariable Long campaignId, Model model) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		model.addAttribute("scoring", scoring);
		model.addAttribute("candidates", scoring.categories()
			.stream()
			.flatMap(c -> c.candidates().values().stream())
			.collect(Collectors.toMap(c -> c.id(), c -> c)));
		model.addAttribute("panels", scoring.panels().stream().collect(Collectors.toMap(Panel::id, p -> p)));
		return "scoring/recusals";
	}

	private String showScheme(CampaignScoring scoring, SchemeForm form, Model model) {
		model.addAttribute("campaign", scoring.campaign());
		model.addAttribute("form", form);
		model.addAttribute("votePoints", VotePoints.values());
		model.addAttribute("labels", scoring.campaign().getScoringWeights().stream().map(ScoringWeight::label).toList());
		return "scoring/scheme";
	}

}
