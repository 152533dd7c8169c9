package cn.laurel.voting.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.system.RefusalForms;
import cn.laurel.voting.FlagKind;
import cn.laurel.voting.PublicCandidate;
import cn.laurel.voting.PublishedCandidates;
import cn.laurel.voting.TallyDisplay;
import cn.laurel.voting.VotingAdministration;
import cn.laurel.voting.VotingCampaign;
import cn.laurel.voting.VotingRefused;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's voting pages: which campaigns they run, a campaign's rules with its counts, and
 * the fraud screen where flagged sets of votes are invalidated with a reason.
 * {@link VotingAdministration} decides who may see and change what.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class OrganiserVotingPages {

	private final VotingAdministration administration;

	private final CampaignSetup campaigns;

	private final PublishedCandidates candidates;

	private final Clock clock;

	private final RefusalForms refusals;

	OrganiserVotingPages(VotingAdministration administration, CampaignSetup campaigns, PublishedCandidates candidates,
			Clock clock, RefusalForms refusals) {
		this.refusals = refusals;
		this.administration = administration;
		this.campaigns = campaigns;
		this.candidates = candidates;
		this.clock = clock;
	}

	@GetMapping("/voting")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.manageable());
		return "voting/list";
	}

	@GetMapping("/campaigns/{campaignId}/voting")
	String rules(@PathVariable Long campaignId, Model model) {
		model.addAttribute("form", RulesForm.of(this.administration.savedRules(campaignId), this.clock.getZone()));
		return showRules(campaignId, model);
	}

	@PostMapping("/campaigns/{campaignId}/voting")
	String saveRules(@PathVariable Long campaignId, @ModelAttribute("form") RulesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.windowIncomplete()) {
			result.reject("voting.rules.window-incomplete");
		}
		if (result.hasErrors()) {
			return showRules(campaignId, model);
		}
		try {
			this.administration.saveRules(campaignId, form.asRules(this.clock.getZone()));
			redirect.addFlashAttribute("message", "voting.rules.saved");
			return "redirect:/campaigns/" + campaignId + "/voting";
		}
		catch (VotingRefused rejected) {
			this.refusals.bind(rejected, result);
			return showRules(campaignId, model);
		}
	}

	@GetMapping("/campaigns/{campaignId}/voting/fraud")
	String fraud(@PathVariable Long campaignId, Model model) {
		VotingCampaign campaign = this.administration.campaign(campaignId);
		model.addAttribute("campaign", campaign);
		model.addAttribute("flags", this.administration.flags(campaignId));
		model.addAttribute("invalidations", this.administration.invalidations(campaignId));
		model.addAttribute("names", candidateNames(campaignId));
		return "voting/fraud";
	}

	@PostMapping("/campaigns/{campaignId}/voting/invalidations")
	String invalidate(@PathVariable Long campaignId, @RequestParam FlagKind kind, @RequestParam String subject,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			this.administration.invalidate(campaignId, kind, subject, reason);
			redirect.addFlashAttribute("message", "voting.fraud.invalidated");
			return "redirect:/campaigns/" + campaignId + "/voting/fraud";
		}
		catch (VotingRefused rejected) {
			model.addAttribute("reasonMissing", kind.name() + ':' + subject);
			return fraud(campaignId, model);
		}
	}

	private String showRules(Long campaignId, Model model) {
		model.addAttribute("campaign", this.administration.campaign(campaignId));
		model.addAttribute("displays", TallyDisplay.values());
		model.addAttribute("tallies", this.administration.tallies(campaignId));
		model.addAttribute("candidates", this.candidates.of(campaignId));
		return "voting/rules";
	}

	private Map<String, String> candidateNames(Long campaignId) {
		List<PublicCandidate> published = this.candidates.of(campaignId);
		return published.stream()
			.collect(Collectors.toMap(c -> String.valueOf(c.id()), PublicCandidate::displayName, (a, b) -> a));
	}

}
