package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormVersion;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.Issuers;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;
import cn.laurel.system.RefusalForms;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The organiser's list of campaigns, a new campaign, a campaign's overview with the phase
 * advance, and its basics. Campaign-level lists live in {@link CampaignSettingsPages}, categories
 * in {@link CategoryPages}; {@link CampaignSetup} decides who may do what.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class CampaignPages {

	/** The publicity period most seeds ask for (002, 004); the organiser changes it when needed. */
	private static final int DEFAULT_PUBLICITY_WORKING_DAYS = 5;

	private final CampaignSetup setup;

	private final FormVersions forms;

	private final Units units;

	private final OrganiserOffices offices;

	private final RefusalForms errors;

	private final MessageSource messages;

	private final CampaignInvariants invariants;

	private final Issuers issuers;

	CampaignPages(CampaignSetup setup, FormVersions forms, Units units, OrganiserOffices offices,
			RefusalForms errors, MessageSource messages, CampaignInvariants invariants, Issuers issuers) {
		this.setup = setup;
		this.forms = forms;
		this.units = units;
		this.offices = offices;
		this.errors = errors;
		this.messages = messages;
		this.invariants = invariants;
		this.issuers = issuers;
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		List<Campaign> campaigns = this.setup.manageable();
		model.addAttribute("campaigns", campaigns);
		model.addAttribute("issuingBodies", campaigns.stream()
			.collect(Collectors.toMap(Campaign::getId, campaign -> this.issuers.issuingBody(campaign.getId()))));
		return "campaign/list";
	}

	@GetMapping("/campaigns/new")
	String newCampaign(@AuthenticationPrincipal LaurelUser user, Model model) {
		BasicsForm form = new BasicsForm();
		form.setPublicityWorkingDays(DEFAULT_PUBLICITY_WORKING_DAYS);
		model.addAttribute("form", form);
		return showNew(user, model);
	}

	@PostMapping("/campaigns")
	String create(@AuthenticationPrincipal LaurelUser user, @ModelAttribute("form") BasicsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long organiserUnitId = this.offices.of(user, form.getOrganiserUnitId(), result);
		if (result.hasErrors()) {
			return showNew(user, model);
		}
		try {
			Campaign campaign = this.setup.create(organiserUnitId, form.asDomain());
			redirect.addFlashAttribute("message", "campaign.pages.new.created");
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (CampaignRefused rejected) {
			this.errors.bind(rejected, result);
			return showNew(user, model);
		}
	}

	private String showNew(LaurelUser user, Model model) {
		this.offices.offer(user, model);
		return "campaign/new";
	}

	@GetMapping("/campaigns/{id}")
	String overview(@PathVariable Long id, Model model) {
		return showOverview(id, null, List.of(), model);
	}

	/** The invariant checker's findings, loaded into the overview once it is shown (the checks read much). */
	@GetMapping("/campaigns/{id}/invariants")
	String invariants(@PathVariable Long id, Model model) {
		model.addAttribute("report",
				InvariantReport.of(this.invariants.check(id), this.messages, LocaleContextHolder.getLocale()));
		return "campaign/invariants :: report";
	}

	/** Moves the campaign on; a refusal shows every reason and keeps the reason typed for closing early. */
	@PostMapping("/campaigns/{id}/advance")
	String advance(@PathVariable Long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.setup.advance(id, reason);
			redirect.addFlashAttribute("message", "campaign.pages.advance.done");
			return "redirect:/campaigns/" + id;
		}
		catch (CampaignRefused refused) {
			return showOverview(id, reason, rendered(refused.reasons()), model);
		}
	}

	/**
	 * Re-opens the selection configuration frozen by the shortlist, for a reason; a refusal is shown beside the form
	 * with the reason kept.
	 */
	@PostMapping("/campaigns/{id}/selection/reopen")
	String reopenSelection(@PathVariable Long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.setup.reopenSelection(id, reason);
			redirect.addFlashAttribute("message", "campaign.pages.reopen.done");
			return "redirect:/campaigns/" + id;
		}
		catch (CampaignRefused rejected) {
			model.addAttribute("reopenReason", reason);
			model.addAttribute("reopenRefusals", rendered(rejected.reasons()));
			return showOverview(id, null, List.of(), model);
		}
	}

	private String showOverview(Long id, String reason, List<String> refusals, Model model) {
		Campaign campaign = this.setup.campaign(id);
		List<Category> categories = this.setup.categoriesOf(id);
		model.addAttribute("campaign", campaign);
		UnitTree tree = this.units.tree();
		Map<Long, String> unitNames = tree.nodes()
			.stream()
			.collect(Collectors.toMap(node -> node.unit().getId(), node -> node.unit().getName()));
		model.addAttribute("organiserUnit", unitNames.get(campaign.getOrganiserUnitId()));
		model.addAttribute("issuingBody", this.issuers.issuingBody(id));
		model.addAttribute("scopeNames", campaign.getScopeUnitIds().stream().map(unitNames::get).toList());
		model.addAttribute("scopeDefault", unitNames.get(tree.topOf(campaign.getOrganiserUnitId())));
		model.addAttribute("steps", PhaseStep.of(campaign));
		model.addAttribute("nextPhase", campaign.nextPhase().orElse(null));
		model.addAttribute("categories", categories.stream()
			.map(category -> new CategoryLine(category, this.forms.current(category.getId()).orElse(null)))
			.toList());
		model.addAttribute("categoryNames",
				categories.stream().collect(Collectors.toMap(Category::getId, Category::getName)));
		model.addAttribute("groupLines", GroupLine.of(campaign.getLeadingGroup()));
		model.addAttribute("chains", Chain.of(campaign.getEndorsementSteps()));
		model.addAttribute("reason", reason);
		model.addAttribute("refusals", refusals);
		model.addAttribute("frozenBy", rendered(this.setup.selectionFrozenBy(id)));
		return "campaign/overview";
	}

	private List<String> rendered(List<? extends Refusal.Reason> reasons) {
		return ReasonMessages.render(this.messages, reasons, LocaleContextHolder.getLocale());
	}

	@GetMapping("/campaigns/{id}/basics")
	String basics(@PathVariable Long id, Model model) {
		Campaign campaign = this.setup.campaign(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", BasicsForm.of(campaign));
		return "campaign/basics";
	}

	@PostMapping("/campaigns/{id}/basics")
	String describe(@PathVariable Long id, @ModelAttribute("form") BasicsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.setup.describe(id, form.asDomain());
				redirect.addFlashAttribute("message", "campaign.pages.basics.saved");
				return "redirect:/campaigns/" + id;
			}
			catch (CampaignRefused rejected) {
				this.errors.bind(rejected, result);
			}
		}
		model.addAttribute("campaign", this.setup.campaign(id));
		return "campaign/basics";
	}

	/** One phase of the progress strip: done, current or still ahead, with its window if scheduled. */
	record PhaseStep(CampaignPhase phase, PhaseWindow window, boolean done, boolean current) {

		/** Preparation, the scheduled phases in order, and the end. */
		static List<PhaseStep> of(Campaign campaign) {
			List<CampaignPhase> phases = new ArrayList<>();
			phases.add(CampaignPhase.PREPARATION);
			campaign.getSchedule().forEach(window -> phases.add(window.phase()));
			phases.add(CampaignPhase.CLOSED);
			return phases.stream()
				.map(phase -> new PhaseStep(phase, campaign.window(phase).orElse(null),
						phase.compareTo(campaign.getPhase()) < 0, phase == campaign.getPhase()))
				.toList();
		}

	}

	/** A category with the form version new nominations are filled on ({@code null} if none yet). */
	record CategoryLine(Category category, FormVersion form) {
	}

	/** The members holding one post in the leading group or one of its sub-groups, in the order entered. */
	record GroupLine(String subGroup, GroupMember.Post post, List<String> names) {

		static List<GroupLine> of(List<GroupMember> members) {
			record Holder(String subGroup, GroupMember.Post post) {
			}
			return members.stream()
				.collect(Collectors.groupingBy(member -> new Holder(member.subGroup(), member.post()),
						LinkedHashMap::new, Collectors.mapping(GroupMember::name, Collectors.toList())))
				.entrySet()
				.stream()
				.map(line -> new GroupLine(line.getKey().subGroup(), line.getKey().post(), line.getValue()))
				.toList();
		}

	}

	/** The endorsement chain of one unit type, campaign-wide or in one category ({@code categoryId}). */
	record Chain(UnitType unitType, Long categoryId, List<EndorsementStep> steps) {

		static List<Chain> of(List<EndorsementStep> steps) {
			return steps.stream()
				.collect(Collectors.groupingBy(step -> new Chain(step.unitType(), step.categoryId(), List.of()),
						LinkedHashMap::new, Collectors.toList()))
				.entrySet()
				.stream()
				.map(chain -> new Chain(chain.getKey().unitType(), chain.getKey().categoryId(), chain.getValue()))
				.toList();
		}

	}

}
