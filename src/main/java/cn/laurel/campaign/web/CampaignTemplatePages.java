package cn.laurel.campaign.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.org.LaurelUser;
import cn.laurel.system.RefusalForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A new campaign from one of the seed plans, to adjust before nominations open. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class CampaignTemplatePages {

	private final CampaignTemplates templates;

	private final OrganiserOffices offices;

	private final RefusalForms errors;

	private final Clock clock;

	CampaignTemplatePages(CampaignTemplates templates, OrganiserOffices offices, RefusalForms errors, Clock clock) {
		this.templates = templates;
		this.offices = offices;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/campaigns/templates")
	String choose(@AuthenticationPrincipal LaurelUser user, Model model) {
		TemplateChoiceForm form = new TemplateChoiceForm();
		form.setStartsOn(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return show(user, model);
	}

	@PostMapping("/campaigns/templates")
	String create(@AuthenticationPrincipal LaurelUser user, @ModelAttribute("form") TemplateChoiceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long organiserUnitId = this.offices.of(user, form.getOrganiserUnitId(), result);
		if (form.getTemplateKey() == null || form.getTemplateKey().isBlank()) {
			result.rejectValue("templateKey", "campaign.pages.templates.choose-required");
		}
		else if (this.templates.find(form.getTemplateKey()).isEmpty()) {
			result.rejectValue("templateKey", "campaign.rule.template-unknown");
		}
		if (form.getStartsOn() == null && !result.hasFieldErrors("startsOn")) {
			result.rejectValue("startsOn", "campaign.pages.templates.starts-on-required");
		}
		if (result.hasErrors()) {
			return show(user, model);
		}
		try {
			Campaign campaign = this.templates.create(organiserUnitId, form.getTemplateKey(), form.getStartsOn());
			redirect.addFlashAttribute("message", "campaign.pages.templates.created");
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (CampaignRefused rejected) {
			this.errors.bind(rejected, result);
			return show(user, model);
		}
	}

	private String show(LaurelUser user, Model model) {
		model.addAttribute("templates", this.templates.all());
		this.offices.offer(user, model);
		return "campaign/templates";
	}

}
