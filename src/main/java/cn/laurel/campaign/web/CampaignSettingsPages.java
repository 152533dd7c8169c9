package cn.laurel.campaign.web;

import java.util.function.UnaryOperator;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import cn.laurel.system.RefusalForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign-wide lists edited as rows: leading group, schedule, scoring weights, nomination
 * limits and endorsement chains; the 公示 nominating units run themselves; and the units that nominate, ticked in the organisation tree. Each page saves the whole list through one verb of
 * {@link CampaignSetup} and goes back to the overview, or shows the rows again with what was refused.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class CampaignSettingsPages {

	private final CampaignSetup setup;

	private final RefusalForms errors;

	private final Units units;

	CampaignSettingsPages(CampaignSetup setup, RefusalForms errors, Units units) {
		this.setup = setup;
		this.errors = errors;
		this.units = units;
	}

	@GetMapping("/campaigns/{id}/leading-group")
	String leadingGroup(@PathVariable Long id, Model model) {
		LeadingGroupForm form = LeadingGroupForm.of(show(id, model));
		if (form.getLeadingGroup().isEmpty()) {
			form.getLeadingGroup().add(new LeadingGroupForm.Row());
		}
		model.addAttribute("form", form);
		model.addAttribute("posts", GroupMember.Post.values());
		return "campaign/leading-group";
	}

	@PostMapping("/campaigns/{id}/leading-group")
	String appointLeadingGroup(@PathVariable Long id, @ModelAttribute("form") LeadingGroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("posts", GroupMember.Post.values());
		return save(id, "leading-group", result, model, redirect, UnaryOperator.identity(), () -> {
			form.compact();
			this.setup.appointLeadingGroup(id, form.asDomain());
		});
	}

	@GetMapping("/campaigns/{id}/schedule")
	String schedule(@PathVariable Long id, Model model) {
		model.addAttribute("form", ScheduleForm.of(show(id, model)));
		return "campaign/schedule";
	}

	@PostMapping("/campaigns/{id}/schedule")
	String saveSchedule(@PathVariable Long id, @ModelAttribute("form") ScheduleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(id, "schedule", result, model, redirect, form::fieldOf,
				() -> this.setup.schedule(id, form.asDomain()));
	}

	@GetMapping("/campaigns/{id}/scoring-weights")
	String scoringWeights(@PathVariable Long id, Model model) {
		ScoringWeightsForm form = ScoringWeightsForm.of(show(id, model));
		if (form.getScoringWeights().isEmpty()) {
			form.getScoringWeights().add(new ScoringWeightsForm.Row());
		}
		model.addAttribute("form", form);
		model.addAttribute("sources", ScoringWeight.Source.values());
		return "campaign/scoring-weights";
	}

	@PostMapping("/campaigns/{id}/scoring-weights")
	String weighScoring(@PathVariable Long id, @ModelAttribute("form") ScoringWeightsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("sources", ScoringWeight.Source.values());
		return save(id, "scoring-weights", result, model, redirect, UnaryOperator.identity(), () -> {
			form.compact();
			this.setup.weighScoring(id, form.asDomain());
		});
	}

	@GetMapping("/campaigns/{id}/nomination-limits")
	String nominationLimits(@PathVariable Long id, Model model) {
		NominationLimitsForm form = NominationLimitsForm.of(show(id, model));
		if (form.getNominationLimits().isEmpty()) {
			form.getNominationLimits().add(new NominationLimitsForm.Row());
		}
		model.addAttribute("form", form);
		addLimitChoices(id, model);
		return "campaign/nomination-limits";
	}

	@PostMapping("/campaigns/{id}/nomination-limits")
	String limitNominations(@PathVariable Long id, @ModelAttribute("form") NominationLimitsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		addLimitChoices(id, model);
		return save(id, "nomination-limits", result, model, redirect, UnaryOperator.identity(), () -> {
			form.compact();
			this.setup.limitNominations(id, form.asDomain());
		});
	}

	private void addLimitChoices(Long id, Model model) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("reaches", NominationLimit.Reach.values());
		model.addAttribute("categories", this.setup.categoriesOf(id));
	}

	@GetMapping("/campaigns/{id}/unit-publicity")
	String unitPublicity(@PathVariable Long id, Model model) {
		model.addAttribute("form", UnitPublicityForm.of(show(id, model)));
		return "campaign/unit-publicity";
	}

	@PostMapping("/campaigns/{id}/unit-publicity")
	String askForUnitPublicity(@PathVariable Long id, @ModelAttribute("form") UnitPublicityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(id, "unit-publicity", result, model, redirect, UnaryOperator.identity(),
				() -> this.setup.askForUnitPublicity(id, form.asDomain()));
	}

	@GetMapping("/campaigns/{id}/endorsement-chains")
	String endorsementChains(@PathVariable Long id, Model model) {
		EndorsementChainsForm form = EndorsementChainsForm.of(show(id, model));
		if (form.getEndorsementSteps().isEmpty()) {
			form.getEndorsementSteps().add(new EndorsementChainsForm.Row());
		}
		model.addAttribute("form", form);
		addChainChoices(id, model);
		return "campaign/endorsement-chains";
	}

	@PostMapping("/campaigns/{id}/endorsement-chains")
	String defineEndorsementChains(@PathVariable Long id, @ModelAttribute("form") EndorsementChainsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		addChainChoices(id, model);
		return save(id, "endorsement-chains", result, model, redirect, UnaryOperator.identity(), () -> {
			form.compact();
			this.setup.defineEndorsementChains(id, form.asDomain());
		});
	}

	private void addChainChoices(Long id, Model model) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("categories", this.setup.categoriesOf(id));
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("endorserUnits", EndorsementStep.EndorserUnit.values());
	}

	@GetMapping("/campaigns/{id}/scope")
	String scope(@PathVariable Long id, Model model) {
		model.addAttribute("form", ScopeForm.of(show(id, model)));
		addScopeChoices(model);
		return "campaign/scope";
	}

	@PostMapping("/campaigns/{id}/scope")
	String scopeNominations(@PathVariable Long id, @ModelAttribute("form") ScopeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		addScopeChoices(model);
		return save(id, "scope", result, model, redirect, UnaryOperator.identity(),
				() -> this.setup.scopeNominations(id, form.getUnitIds()));
	}

	private void addScopeChoices(Model model) {
		model.addAttribute("tree", this.units.tree().nodes());
	}

	private Campaign show(Long id, Model model) {
		Campaign campaign = this.setup.campaign(id);
		model.addAttribute("campaign", campaign);
		return campaign;
	}

	/**
	 * Runs {@code save} unless the rows did not even bind, then goes back to the overview with
	 * the page's saved message; otherwise shows the page again with the errors.
	 */
	private String save(Long id, String page, BindingResult result, Model model, RedirectAttributes redirect,
			UnaryOperator<String> fieldOf, Runnable save) {
		if (!result.hasErrors()) {
			try {
				save.run();
				redirect.addFlashAttribute("message", "campaign.pages." + page + ".saved");
				return "redirect:/campaigns/" + id;
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result, fieldOf);
			}
		}
		show(id, model);
		return "campaign/" + page;
	}

}
