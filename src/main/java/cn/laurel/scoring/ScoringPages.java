package cn.laurel.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.org.Units;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The office's scoring pages: the campaigns it runs, a campaign's panels with their judges'
 * progress, a panel's setup, members and invitations, its assignments, the scheme, the recusals, the
 * results with lock, ties and shortlist, and a candidate's explanation. A refused change shows the
 * page again with what was typed and every reason.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class ScoringPages {

	private final PanelSetup setup;

	private final ScoringDesk desk;

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final ScoringMessages messages;

	private final CampaignSetup campaigns;

	private final Units units;

	ScoringPages(PanelSetup setup, ScoringDesk desk, Evaluations evaluations, ScoringViews views,
			ScoringMessages messages, CampaignSetup campaigns, Units units) {
		this.setup = setup;
		this.desk = desk;
		this.evaluations = evaluations;
		this.views = views;
		this.messages = messages;
		this.campaigns = campaigns;
		this.units = units;
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

	@GetMapping("/campaigns/{campaignId}/scoring/panels/new")
	String newPanel(@PathVariable Long campaignId, Model model) {
		return showPanel(campaignId, null, new PanelForm().withSpareRows(), model);
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels")
	String createPanel(@PathVariable Long campaignId, @ModelAttribute("form") PanelForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			Panel panel = this.setup.create(campaignId, form.asSettings());
			redirect.addFlashAttribute("message", "scoring.pages.panel.created");
			return "redirect:/campaigns/" + campaignId + "/scoring/panels/" + panel.id();
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			return showPanel(campaignId, null, form.withSpareRows(), model);
		}
	}

	@GetMapping("/campaigns/{campaignId}/scoring/panels/{panelId}")
	String panel(@PathVariable Long campaignId, @PathVariable long panelId, Model model) {
		Panel panel = this.setup.panel(campaignId, panelId);
		return showPanel(campaignId, panel, PanelForm.of(panel.settings()), model);
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}")
	String configurePanel(@PathVariable Long campaignId, @PathVariable long panelId,
			@ModelAttribute("form") PanelForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Panel panel = this.setup.panel(campaignId, panelId);
		return attempt(() -> {
			this.setup.configure(campaignId, panelId, form.asSettings());
			return panelPath(campaignId, panelId);
		}, "scoring.pages.panel.saved", redirect, model, locale,
				() -> showPanel(campaignId, panel, form.withSpareRows(), model));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/members")
	String addMember(@PathVariable Long campaignId, @PathVariable long panelId, @RequestParam String username,
			@RequestParam(required = false) Long unitId, Model model, RedirectAttributes redirect, Locale locale) {
		Panel panel = this.setup.panel(campaignId, panelId);
		model.addAttribute("username", username);
		model.addAttribute("memberUnitId", unitId);
		return attempt(() -> {
			this.setup.addMember(campaignId, panelId, username, unitId);
			return panelPath(campaignId, panelId);
		}, "scoring.pages.member.added", redirect, model, locale,
				() -> showPanel(campaignId, panel, PanelForm.of(panel.settings()), model));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/members/{accountId}/remove")
	String removeMember(@PathVariable Long campaignId, @PathVariable long panelId, @PathVariable long accountId,
			RedirectAttributes redirect, Locale locale) {
		return flashing(() -> this.setup.removeMember(campaignId, panelId, accountId), "scoring.pages.member.removed",
				redirect, locale, panelPath(campaignId, panelId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/members/{accountId}/return")
	String returnSubmission(@PathVariable Long campaignId, @PathVariable long panelId, @PathVariable long accountId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		return flashing(() -> this.setup.returnSubmission(campaignId, panelId, accountId, reason),
				"scoring.pages.member.returned", redirect, locale, "/campaigns/" + campaignId + "/scoring");
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/invitations")
	String invite(@PathVariable Long campaignId, @PathVariable long panelId, @RequestParam String invitee,
			@RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "" + PanelSetup.DEFAULT_INVITATION_DAYS) int days, Model model,
			RedirectAttributes redirect, Locale locale) {
		Panel panel = this.setup.panel(campaignId, panelId);
		try {
			PanelSetup.Issued issued = this.setup.invite(campaignId, panelId, invitee, unitId, days);
			redirect.addFlashAttribute("message", "scoring.pages.invitation.created");
			redirect.addFlashAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path(InvitationPages.PATH + issued.token())
				.toUriString());
			return "redirect:" + panelPath(campaignId, panelId);
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			model.addAttribute("invitee", invitee);
			model.addAttribute("inviteeUnitId", unitId);
			model.addAttribute("days", days);
			return showPanel(campaignId, panel, PanelForm.of(panel.settings()), model);
		}
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/invitations/{invitationId}/revoke")
	String revoke(@PathVariable Long campaignId, @PathVariable long panelId, @PathVariable long invitationId,
			RedirectAttributes redirect, Locale locale) {
		return flashing(() -> this.setup.revoke(campaignId, panelId, invitationId),
				"scoring.pages.invitation.revoked", redirect, locale, panelPath(campaignId, panelId));
	}

	@GetMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/assignments")
	String assignments(@PathVariable Long campaignId, @PathVariable long panelId, Model model) {
		Panel panel = this.setup.panel(campaignId, panelId);
		return showAssignments(campaignId, panel, AssignmentForm.of(panel), model);
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/assignments")
	String assign(@PathVariable Long campaignId, @PathVariable long panelId,
			@ModelAttribute("form") AssignmentForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Panel panel = this.setup.panel(campaignId, panelId);
		return attempt(() -> {
			this.setup.assign(campaignId, panelId, form.asAssignments());
			return panelPath(campaignId, panelId);
		}, "scoring.pages.assignments.saved", redirect, model, locale,
				() -> showAssignments(campaignId, panel, form, model));
	}

	@GetMapping("/campaigns/{campaignId}/scoring/scheme")
	String scheme(@PathVariable Long campaignId, Model model) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		return showScheme(scoring, SchemeForm.of(scoring.scheme()), model);
	}

	@PostMapping("/campaigns/{campaignId}/scoring/scheme")
	String saveScheme(@PathVariable Long campaignId, @ModelAttribute("form") SchemeForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		return attempt(() -> {
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
		return flashing(() -> this.desk.lock(campaignId), "scoring.pages.locked", redirect, locale,
				resultsPath(campaignId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/reopen")
	String reopen(@PathVariable Long campaignId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return flashing(() -> this.desk.reopen(campaignId, reason), "scoring.pages.reopened", redirect, locale,
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
		return flashing(() -> this.desk.decideTie(campaignId, categoryId, order, params.get("reason")),
				"scoring.pages.tie-decided", redirect, locale, resultsPath(campaignId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/shortlist")
	String shortlist(@PathVariable Long campaignId, RedirectAttributes redirect, Locale locale) {
		return flashing(() -> this.desk.generateShortlist(campaignId), "scoring.pages.shortlisted", redirect, locale,
				resultsPath(campaignId));
	}

	private String showPanel(Long campaignId, Panel panel, PanelForm form, Model model) {
		model.addAttribute("campaign", this.setup.campaign(campaignId));
		model.addAttribute("panel", panel);
		model.addAttribute("form", form);
		model.addAttribute("components", this.setup.campaign(campaignId)
			.getScoringWeights()
			.stream()
			.filter(w -> w.component() == ScoringWeight.Source.PANEL)
			.toList());
		model.addAttribute("modes", PanelMode.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("recusalScopes", RecusalScope.values());
		model.addAttribute("units", this.units.findAllByOrderBySortOrderAscNameAsc());
		if (panel != null) {
			CampaignScoring scoring = this.evaluations.of(campaignId);
			model.addAttribute("members", scoring.members().get(panel.id()));
			model.addAttribute("invitations", this.setup.invitations(campaignId, panel.id()));
			model.addAttribute("leadingGroupToInvite", this.setup.leadingGroupToInvite(campaignId, panel.id()));
			model.addAttribute("unitNames", this.views.unitNames(scoring));
		}
		if (!model.containsAttribute("days")) {
			model.addAttribute("days", PanelSetup.DEFAULT_INVITATION_DAYS);
		}
		return "scoring/panel";
	}

	private String showAssignments(Long campaignId, Panel panel, AssignmentForm form, Model model) {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		model.addAttribute("campaign", scoring.campaign());
		model.addAttribute("panel", panel);
		model.addAttribute("form", form);
		model.addAttribute("categories", scoring.categories());
		model.addAttribute("extents", AssignmentExtent.values());
		return "scoring/assignments";
	}

	private String showScheme(CampaignScoring scoring, SchemeForm form, Model model) {
		model.addAttribute("campaign", scoring.campaign());
		model.addAttribute("form", form);
		model.addAttribute("votePoints", VotePoints.values());
		model.addAttribute("labels", scoring.campaign().getScoringWeights().stream().map(ScoringWeight::label).toList());
		return "scoring/scheme";
	}

	/** Runs a change that re-renders its page when refused; otherwise redirects to where it says. */
	private String attempt(Supplier<String> change, String savedKey, RedirectAttributes redirect, Model model,
			Locale locale, Supplier<String> showAgain) {
		try {
			String target = change.get();
			redirect.addFlashAttribute("message", savedKey);
			return "redirect:" + target;
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			return showAgain.get();
		}
	}

	/** Runs a button's change and goes back to {@code target}, with its refusal as the error if refused. */
	private String flashing(Runnable change, String doneKey, RedirectAttributes redirect, Locale locale,
			String target) {
		try {
			change.run();
			redirect.addFlashAttribute("message", doneKey);
		}
		catch (ScoringRefused refused) {
			redirect.addFlashAttribute("error", this.messages.joined(refused, locale));
		}
		return "redirect:" + target;
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

	private static String panelPath(Long campaignId, long panelId) {
		return "/campaigns/" + campaignId + "/scoring/panels/" + panelId;
	}

	private static String resultsPath(Long campaignId) {
		return "/campaigns/" + campaignId + "/scoring/results";
	}

}
