package cn.laurel.campaign.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormTemplates;
import cn.laurel.campaign.FormVersion;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.Unit;
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
 * A campaign's categories: settings with segments and allocations, eligibility rules, and the
 * form, saved as a new version each time. Categories are addressed under their campaign, and one
 * of another campaign is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class CategoryPages {

	private final CampaignSetup setup;

	private final FormVersions forms;

	private final FormTemplates templates;

	private final Units units;

	private final RefusalForms errors;

	private final Clock clock;

	CategoryPages(CampaignSetup setup, FormVersions forms, FormTemplates templates, Units units,
			RefusalForms errors, Clock clock) {
		this.setup = setup;
		this.forms = forms;
		this.templates = templates;
		this.units = units;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{id}/categories/new")
	String newCategory(@PathVariable Long id, Model model) {
		CategoryForm form = new CategoryForm();
		form.setSortOrder(this.setup.categoriesOf(id).size() + 1);
		model.addAttribute("form", form);
		return showCategory(id, null, model);
	}

	@PostMapping("/campaigns/{id}/categories")
	String addCategory(@PathVariable Long id, @ModelAttribute("form") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			form.compact();
			try {
				this.setup.addCategory(id, form.asDomain(), form.getTemplateKey());
				redirect.addFlashAttribute("message", "campaign.pages.category.created");
				return "redirect:/campaigns/" + id;
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result);
			}
		}
		return showCategory(id, null, model);
	}

	@GetMapping("/campaigns/{id}/categories/{categoryId}")
	String category(@PathVariable Long id, @PathVariable Long categoryId, Model model) {
		Category category = category(id, categoryId);
		model.addAttribute("form", CategoryForm.of(category));
		return showCategory(id, category, model);
	}

	@PostMapping("/campaigns/{id}/categories/{categoryId}")
	String configure(@PathVariable Long id, @PathVariable Long categoryId, @ModelAttribute("form") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Category category = category(id, categoryId);
		if (!result.hasErrors()) {
			form.compact();
			try {
				this.setup.configureCategory(categoryId, form.asDomain());
				redirect.addFlashAttribute("message", "campaign.pages.category.saved");
				return "redirect:/campaigns/" + id;
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result);
			}
		}
		return showCategory(id, category, model);
	}

	private String showCategory(Long id, Category category, Model model) {
		model.addAttribute("campaign", this.setup.campaign(id));
		model.addAttribute("category", category);
		model.addAttribute("kinds", NomineeKind.values());
		model.addAttribute("units",
				this.units.findAllByOrderBySortOrderAscNameAsc().stream().filter(Unit::isActive).toList());
		if (category == null) {
			model.addAttribute("templates", this.templates.all());
		}
		return "campaign/category";
	}

	@GetMapping("/campaigns/{id}/categories/{categoryId}/eligibility")
	String eligibility(@PathVariable Long id, @PathVariable Long categoryId, Model model) {
		Category category = category(id, categoryId);
		EligibilityRulesForm form = EligibilityRulesForm.of(category);
		if (form.getEligibilityRules().isEmpty()) {
			form.getEligibilityRules().add(new EligibilityRulesForm.Row());
		}
		model.addAttribute("form", form);
		return showEligibility(id, category, model);
	}

	@PostMapping("/campaigns/{id}/categories/{categoryId}/eligibility")
	String setEligibilityRules(@PathVariable Long id, @PathVariable Long categoryId,
			@ModelAttribute("form") EligibilityRulesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Category category = category(id, categoryId);
		if (!result.hasErrors()) {
			form.compact();
			try {
				this.setup.setEligibilityRules(categoryId, form.asDomain());
				redirect.addFlashAttribute("message", "campaign.pages.eligibility.saved");
				return "redirect:/campaigns/" + id;
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result);
			}
		}
		return showEligibility(id, category, model);
	}

	private String showEligibility(Long id, Category category, Model model) {
		model.addAttribute("campaign", this.setup.campaign(id));
		model.addAttribute("category", category);
		model.addAttribute("ruleTypes", EligibilityRule.Type.values());
		model.addAttribute("modes", EligibilityRule.Mode.values());
		return "campaign/eligibility";
	}

	@GetMapping("/campaigns/{id}/categories/{categoryId}/form")
	String form(@PathVariable Long id, @PathVariable Long categoryId, Model model) {
		Category category = category(id, categoryId);
		FormVersion current = this.forms.current(categoryId).orElseThrow(() -> new CampaignNotFound(categoryId));
		model.addAttribute("form", FormRevisionForm.of(current));
		return showForm(id, category, current, model);
	}

	/** Saves the revised form, added and removed fields too, as the next version; an unchanged one adds none. */
	@PostMapping("/campaigns/{id}/categories/{categoryId}/form")
	String reviseForm(@PathVariable Long id, @PathVariable Long categoryId,
			@ModelAttribute("form") FormRevisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Category category = category(id, categoryId);
		FormVersion base = this.forms.find(categoryId, form.getBaseVersion())
			.orElseThrow(() -> new CampaignNotFound(categoryId));
		if (!result.hasErrors()) {
			form.compact();
			FormDefinition revised = form.asDomain(base.definition());
			try {
				if (revised.equals(base.definition())) {
					redirect.addFlashAttribute("message", "campaign.pages.form.unchanged");
				}
				else {
					this.setup.reviseForm(categoryId, revised);
					redirect.addFlashAttribute("message", "campaign.pages.form.saved");
				}
				return "redirect:/campaigns/" + id + "/categories/" + categoryId + "/form";
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result, RefusalForms.renaming("form.", ""));
			}
		}
		return showForm(id, category, base, model);
	}

	private String showForm(Long id, Category category, FormVersion base, Model model) {
		model.addAttribute("campaign", this.setup.campaign(id));
		model.addAttribute("category", category);
		model.addAttribute("base", base);
		model.addAttribute("baseFields", base.definition().fields().stream()
			.collect(Collectors.toMap(FormDefinition.Field::key, Function.identity())));
		model.addAttribute("fieldTypes", FormDefinition.FieldType.values());
		model.addAttribute("history", this.forms.history(category.getId())
			.stream()
			.map(version -> new VersionLine(version.version(), version.definition().title(),
					version.definition().fields().size(),
					LocalDateTime.ofInstant(version.createdAt(), this.clock.getZone()), version.createdBy()))
			.toList());
		return "campaign/form";
	}

	private Category category(Long id, Long categoryId) {
		Category category = this.setup.category(categoryId);
		if (!category.getCampaignId().equals(id)) {
			throw new CampaignNotFound(categoryId);
		}
		return category;
	}

	/** A saved version of the form, in the page's time zone. */
	record VersionLine(int version, String title, int fieldCount, LocalDateTime createdAt, String createdBy) {
	}

}
