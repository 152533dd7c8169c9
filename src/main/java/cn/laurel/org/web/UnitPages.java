package cn.laurel.org.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.laurel.org.OrgAdministration;
import cn.laurel.org.OrgRefused;
import cn.laurel.org.UnitForm;
import cn.laurel.org.UnitFormValidator;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;
import cn.laurel.system.RefusalForms;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree for administrators: list, create, edit (including moving), deactivate. */
@Controller
@RequestMapping("/admin/units")
class UnitPages {

	private static final String FORM = "org/units/form";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/units";

	private final OrgAdministration org;

	private final MessageSource messages;

	private final RefusalForms refusals;

	UnitPages(OrgAdministration org, MessageSource messages, RefusalForms refusals) {
		this.refusals = refusals;
		this.org = org;
		this.messages = messages;
	}

	@InitBinder("unitForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.addValidators(new UnitFormValidator());
	}

	@GetMapping
	String list(Model model) {
		UnitTree tree = this.org.unitTree();
		model.addAttribute("nodes", tree.nodes());
		model.addAttribute("unitNames", UnitViews.names(tree));
		return "org/units/list";
	}

	@GetMapping("/new")
	String creationForm(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid UnitForm unitForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.org.createUnit(unitForm);
				redirect.addFlashAttribute("message", "unit.created");
				return REDIRECT_TO_LIST;
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute("unitForm", UnitForm.of(this.org.unit(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid UnitForm unitForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.org.updateUnit(id, unitForm);
				redirect.addFlashAttribute("message", "unit.updated");
				return REDIRECT_TO_LIST;
			}
			catch (OrgRefused rejected) {
				this.refusals.bind(rejected, result);
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		try {
			this.org.deactivateUnit(id);
			redirect.addFlashAttribute("message", "unit.deactivated");
		}
		catch (OrgRefused rejected) {
			redirect.addFlashAttribute("error", this.refusals.text(rejected));
		}
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		this.org.activateUnit(id);
		redirect.addFlashAttribute("message", "unit.activated");
		return REDIRECT_TO_LIST;
	}

	/** The form with its choices: any unit but the edited one and those below it as parent, towns to station at. */
	private String form(Model model, Long editedId) {
		UnitTree tree = this.org.unitTree();
		Set<Long> excluded = (editedId != null) ? tree.selfAndDescendants(editedId) : Set.of();
		List<UnitTree.UnitNode> parents = tree.nodes()
			.stream()
			.filter(node -> !excluded.contains(node.unit().getId()))
			.toList();
		model.addAttribute("editedId", editedId);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("parents", parents);
		model.addAttribute("towns", UnitViews.towns(tree));
		return FORM;
	}

}
