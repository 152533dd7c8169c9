package cn.laurel.scoring.web;

import java.util.Locale;

import cn.laurel.campaign.ScoringWeight;
import cn.laurel.org.Units;
import cn.laurel.scoring.Aggregation;
import cn.laurel.scoring.AssignmentExtent;
import cn.laurel.scoring.CampaignScoring;
import cn.laurel.scoring.Evaluations;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.PanelSetup;
import cn.laurel.scoring.RecusalScope;
import cn.laurel.scoring.ScoringRefused;

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
 * A panel's setup as the office sees it: its settings, members and invitations, and which candidates it
 * scores. A refused change shows the page again with what was typed and every reason.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class PanelPages {

	private final PanelSetup setup;

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final ScoringMessages messages;

	private final Units units;

	PanelPages(PanelSetup setup, Evaluations evaluations, ScoringViews views, ScoringMessages messages, Units units) {
		this.setup = setup;
		this.evaluations = evaluations;
		this.views = views;
		this.messages = messages;
		this.units = units;
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
		return this.messages.attempt(() -> {
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
		return this.messages.attempt(() -> {
			this.setup.addMember(campaignId, panelId, username, unitId);
			return panelPath(campaignId, panelId);
		}, "scoring.pages.member.added", redirect, model, locale,
				() -> showPanel(campaignId, panel, PanelForm.of(panel.settings()), model));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/members/{accountId}/remove")
	String removeMember(@PathVariable Long campaignId, @PathVariable long panelId, @PathVariable long accountId,
			RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.setup.removeMember(campaignId, panelId, accountId), "scoring.pages.member.removed",
				redirect, locale, panelPath(campaignId, panelId));
	}

	@PostMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/members/{accountId}/return")
	String returnSubmission(@PathVariable Long campaignId, @PathVariable long panelId, @PathVariable long accountId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.setup.returnSubmission(campaignId, panelId, accountId, reason),
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
		return this.messages.flashing(() -> this.setup.revoke(campaignId, panelId, invitationId),
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
		return this.messages.attempt(() -> {
			this.setup.assign(campaignId, panelId, form.asAssignments());
			return panelPath(campaignId, panelId);
		}, "scoring.pages.assignments.saved", redirect, model, locale,
				() -> showAssignments(campaignId, panel, form, model));
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

	private static String panelPath(Long campaignId, long panelId) {
		return "/campaigns/" + campaignId + "/scoring/panels/" + panelId;
	}

}
