package cn.laurel.nomination.web;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationNotFound;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationRefused;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.ScreenSheets;
import cn.laurel.nomination.Sheet;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's nomination pages: the unit's list, a new draft, the edit page with its uploads,
 * and the read-only view and sheet that everyone {@link NominationReader#read} lets in sees.
 * A refused save or submission re-renders the page with what was typed and each reason next to
 * its field; uploads post on their own, so a refused file never costs typed text.
 */
@Controller
class NominationPages {

	/** Set by htmx on its requests; those get the files panel back instead of a redirect. */
	private static final String HTMX = "HX-Request";

	private final Drafting drafting;

	private final NominationReader reader;

	private final ScreenSheets sheets;

	private final Campaigns campaigns;

	private final Categories categories;

	private final MessageSource messages;

	private final Clock clock;

	NominationPages(Drafting drafting, NominationReader reader, ScreenSheets sheets, Campaigns campaigns,
			Categories categories,
			MessageSource messages, Clock clock) {
		this.drafting = drafting;
		this.reader = reader;
		this.sheets = sheets;
		this.campaigns = campaigns;
		this.categories = categories;
		this.messages = messages;
		this.clock = clock;
	}

	/** Times are shown in the zone of the application's clock (Beijing time). */
	@ModelAttribute("zone")
	ZoneId zone() {
		return this.clock.getZone();
	}

	/** The size limit of each kind of upload in MB, by name, for the hints next to the upload fields. */
	@ModelAttribute("uploadLimits")
	Map<String, Integer> uploadLimits() {
		Map<String, Integer> limits = new LinkedHashMap<>();
		for (FilePurpose purpose : FilePurpose.values()) {
			limits.put(purpose.name(), purpose.maxMegabytes());
		}
		return limits;
	}

	@GetMapping("/nominations")
	@PreAuthorize("hasRole('CLERK')")
	String list(Model model) {
		List<NominationSummary> mine = this.drafting.ofMyUnit();
		List<OpenCampaign> open = this.drafting.draftingCampaigns()
			.stream()
			.map(campaign -> new OpenCampaign(campaign, campaign.window(CampaignPhase.NOMINATION).orElse(null),
					this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId())))
			.toList();
		model.addAttribute("nominations", mine);
		model.addAttribute("open", open);
		model.addAttribute("categoryNames", byId(this.categories.findAllById(
				mine.stream().map(NominationSummary::categoryId).distinct().toList()), Category::getId,
				Category::getName));
		model.addAttribute("campaignTitles", byId(this.campaigns.findAllById(
				mine.stream().map(NominationSummary::campaignId).distinct().toList()), Campaign::getId,
				Campaign::getTitle));
		return "nomination/list";
	}

	@PostMapping("/nominations")
	@PreAuthorize("hasRole('CLERK')")
	String create(@RequestParam long categoryId, RedirectAttributes redirect) {
		try {
			Nomination draft = this.drafting.startDraft(categoryId);
			redirect.addFlashAttribute("message", "nomination.pages.created");
			return "redirect:/nominations/" + draft.getId();
		}
		catch (NominationRefused refused) {
			redirect.addFlashAttribute("error", String.join(" ", render(refused.reasons())));
			return "redirect:/nominations";
		}
	}

	@PostMapping("/nominations/{id}/discard")
	@PreAuthorize("hasRole('CLERK')")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.drafting.discardDraft(id);
			redirect.addFlashAttribute("message", "nomination.pages.discarded");
			return "redirect:/nominations";
		}
		catch (NominationRefused refused) {
			redirect.addFlashAttribute("error", String.join(" ", render(refused.reasons())));
			return "redirect:/nominations/" + id;
		}
	}

	/** The edit page while the clerk may still change it, the read-only view otherwise. */
	@GetMapping("/nominations/{id}")
	String show(@PathVariable long id, Model model) {
		Nomination nomination = this.reader.read(id);
		Sheet sheet = this.sheets.of(nomination);
		if (this.reader.canEdit(nomination)) {
			return edit(sheet, new Drafting.Revision(nomination.getAnswers(), nomination.getSegment(),
					nomination.isShareCapped(), nomination.getDeclarations(), nomination.getUnitPublicity()), List.of(),
					model);
		}
		model.addAttribute("sheet", sheet);
		return "nomination/view";
	}

	@PostMapping("/nominations/{id}")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Sheet sheet = this.sheets.of(this.reader.read(id));
		Drafting.Revision typed = RevisionForm.read(sheet.form(), sheet.category(), params);
		if (changedMeanwhile(sheet, params)) {
			return changedMeanwhile(sheet, typed, model);
		}
		try {
			this.drafting.saveDraft(id, typed);
		}
		catch (NominationRefused refused) {
			return edit(sheet, typed, refused.reasons(), model);
		}
		redirect.addFlashAttribute("message", "nomination.pages.saved");
		return "redirect:/nominations/" + id;
	}

	/** Saves, then submits; refused, the page comes back with every reason and what was typed. */
	@PostMapping("/nominations/{id}/submit")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Sheet sheet = this.sheets.of(this.reader.read(id));
		Drafting.Revision typed = RevisionForm.read(sheet.form(), sheet.category(), params);
		if (changedMeanwhile(sheet, params)) {
			return changedMeanwhile(sheet, typed, model);
		}
		List<? extends Refusal.Reason> refusals;
		try {
			refusals = this.drafting.submit(id, typed);
		}
		catch (NominationRefused refused) {
			refusals = refused.reasons();
		}
		if (refusals.isEmpty()) {
			redirect.addFlashAttribute("message", "nomination.pages.submitted");
			return "redirect:/nominations/" + id;
		}
		return edit(this.sheets.of(this.reader.read(id)), typed, refusals, model);
	}

	/** The read-only sheet alone, for other modules' pages to load with htmx. */
	@GetMapping("/nominations/{id}/sheet")
	String sheet(@PathVariable long id, Model model) {
		model.addAttribute("sheet", this.sheets.of(this.reader.read(id)));
		return "nomination/sheet :: sheet";
	}

	@PostMapping("/nominations/{id}/files")
	String upload(@PathVariable long id, @RequestParam FilePurpose purpose, @RequestParam MultipartFile file,
			@RequestHeader(name = HTMX, required = false) String htmx, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!purpose.isClerks()) {
			throw new NominationNotFound(id);
		}
		try {
			this.drafting.attach(id, purpose, file.getOriginalFilename(), file.getBytes());
			return filesChanged(id, htmx != null, "nomination.pages.file.uploaded", List.of(), model, redirect);
		}
		catch (NominationRefused refused) {
			return filesChanged(id, htmx != null, null, refused.reasons(), model, redirect);
		}
	}

	/** Removes one of the clerk's files; seals and other files signed by endorsers are not theirs to remove. */
	@PostMapping("/nominations/{id}/files/{fileId}/delete")
	String delete(@PathVariable long id, @PathVariable long fileId,
			@RequestHeader(name = HTMX, required = false) String htmx, Model model, RedirectAttributes redirect) {
		try {
			this.drafting.detach(id, fileId);
			return filesChanged(id, htmx != null, "nomination.pages.file.deleted", List.of(), model, redirect);
		}
		catch (NominationRefused refused) {
			return filesChanged(id, htmx != null, null, refused.reasons(), model, redirect);
		}
	}

	/** htmx gets the files panel with the outcome; a plain form goes back to the page with a message. */
	private String filesChanged(long id, boolean htmx, String done, List<? extends Refusal.Reason> refusals, Model model,
			RedirectAttributes redirect) {
		List<String> reasons = render(refusals);
		if (!htmx) {
			if (reasons.isEmpty()) {
				redirect.addFlashAttribute("message", done);
			}
			else {
				redirect.addFlashAttribute("error", String.join(" ", reasons));
			}
			return "redirect:/nominations/" + id;
		}
		model.addAttribute("sheet", this.sheets.of(this.reader.read(id)));
		model.addAttribute("errors", Map.of());
		model.addAttribute("fileErrors", reasons);
		return "nomination/edit :: files";
	}

	/**
	 * Whether someone saved the nomination after this form was loaded (two clerks of a unit on one draft): the
	 * form carries the version it was loaded at. A form without one (an older page) is not checked.
	 */
	private static boolean changedMeanwhile(Sheet sheet, MultiValueMap<String, String> params) {
		String loaded = params.getFirst("version");
		return loaded != null && !loaded.equals(String.valueOf(sheet.nomination().getVersion()));
	}

	/**
	 * The form again with what this clerk typed, saying that someone else saved meanwhile; it now carries the
	 * current version, so saving again deliberately replaces the other save.
	 */
	private String changedMeanwhile(Sheet sheet, Drafting.Revision typed, Model model) {
		model.addAttribute("changedMeanwhile", true);
		return edit(sheet, typed, List.of(), model);
	}

	private String edit(Sheet sheet, Drafting.Revision typed, List<? extends Refusal.Reason> refusals, Model model) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<String> reasons = render(refusals);
		for (int i = 0; i < refusals.size(); i++) {
			errors.computeIfAbsent(refusals.get(i).field(), field -> new ArrayList<>()).add(reasons.get(i));
		}
		Map<EligibilityRule.Type, Declaration> declared = new LinkedHashMap<>();
		typed.declarations().forEach(declaration -> declared.put(declaration.rule(), declaration));
		model.addAttribute("sheet", sheet);
		model.addAttribute("typed", typed);
		model.addAttribute("declared", declared);
		model.addAttribute("errors", errors);
		model.addAttribute("refusals", reasons);
		model.addAttribute("fileErrors", List.of());
		return "nomination/edit";
	}

	private List<String> render(List<? extends Refusal.Reason> reasons) {
		return ReasonMessages.render(this.messages, reasons, LocaleContextHolder.getLocale());
	}

	/** A campaign the clerk may start drafts in, its nomination window if scheduled, and its categories. */
	record OpenCampaign(Campaign campaign, PhaseWindow window, List<Category> categories) {
	}

	private static <T> Map<Long, String> byId(List<T> items, Function<T, Long> id, Function<T, String> name) {
		return items.stream().collect(Collectors.toMap(id, name, (a, b) -> a));
	}

}
