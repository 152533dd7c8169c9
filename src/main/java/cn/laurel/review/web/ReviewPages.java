package cn.laurel.review.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationNotFound;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationRefused;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.PreliminaryReview;
import cn.laurel.nomination.StoredFile;
import cn.laurel.review.ReviewCheck;
import cn.laurel.review.ReviewChecklist;
import cn.laurel.system.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's 初审 desk: the queue of a campaign's nominations through their chains, and per
 * nomination the checklist, the flags to clear in writing and the decision (pass, return for
 * revision, reject), each reason recorded in the nomination's history for the clerk to read.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class ReviewPages {

	private final NominationReader reader;

	private final PreliminaryReview preliminaryReview;

	private final CampaignSetup setup;

	private final Names names;

	private final Refusals refusals;

	ReviewPages(NominationReader reader, PreliminaryReview preliminaryReview, CampaignSetup setup, Names names,
			Refusals refusals) {
		this.reader = reader;
		this.preliminaryReview = preliminaryReview;
		this.setup = setup;
		this.names = names;
		this.refusals = refusals;
	}

	/** A campaign the organiser manages, with how many nominations wait for 初审. */
	record CampaignLine(Campaign campaign, long inReview) {
	}

	@GetMapping("/review")
	String campaigns(Model model) {
		model.addAttribute("campaigns", this.setup.manageable()
			.stream()
			.map(campaign -> new CampaignLine(campaign, inReview(campaign.getId()).size()))
			.toList());
		return "review/campaigns";
	}

	@GetMapping("/campaigns/{campaignId}/review")
	String queue(@PathVariable long campaignId, Model model) {
		Campaign campaign = this.setup.campaign(campaignId);
		List<NominationSummary> queue = inReview(campaignId);
		model.addAttribute("campaign", campaign);
		model.addAttribute("queue", queue);
		model.addAttribute("units", this.names.ofUnits(queue.stream().map(NominationSummary::unitId).toList()));
		model.addAttribute("categories",
				this.names.ofCategories(queue.stream().map(NominationSummary::categoryId).toList()));
		return "review/queue";
	}

	@GetMapping("/review/{id}")
	String review(@PathVariable long id, Model model) {
		return show(reviewable(id), List.of(), Map.of(), model);
	}

	@PostMapping("/review/{id}/pass")
	String pass(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return decide(id, "pass", null, () -> this.preliminaryReview.pass(id), "review.decided.passed", model,
				redirect);
	}

	@PostMapping("/review/{id}/return")
	String returnForRevision(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return decide(id, "return", reason, () -> this.preliminaryReview.returnForRevision(id, reason),
				"review.decided.returned", model, redirect);
	}

	@PostMapping("/review/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return decide(id, "reject", reason, () -> this.preliminaryReview.reject(id, reason),
				"review.decided.rejected", model, redirect);
	}

	@PostMapping("/review/{id}/flags/{index}/clear")
	String clearFlag(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return decide(id, "flag-" + index, reason, () -> this.preliminaryReview.clearFlag(id, index, reason),
				"review.decided.flag-cleared", model, redirect);
	}

	/**
	 * Runs one decision; a refusal shows the page again with the reasons and, in the form that was
	 * sent ({@code formName}), the reason typed.
	 */
	private String decide(long id, String formName, String reason, Supplier<Nomination> verb, String done,
			Model model, RedirectAttributes redirect) {
		Nomination nomination = reviewable(id);
		try {
			Nomination decided = verb.get();
			redirect.addFlashAttribute("message", done);
			return decided.getStatus() == NominationStatus.IN_REVIEW ? "redirect:/review/" + id
					: "redirect:/campaigns/" + decided.getCampaignId() + "/review";
		}
		catch (NominationRefused refusal) {
			return show(nomination, refusal.reasons(), Map.of(formName, reason == null ? "" : reason), model);
		}
	}

	private String show(Nomination nomination, List<? extends Refusal.Reason> refused, Map<String, String> typed, Model model) {
		List<StoredFile> files = this.reader.filesOf(nomination.getId());
		FormDefinition form = this.reader.formOf(nomination);
		List<ReviewChecklist.Item> checklist = ReviewChecklist.of(new ReviewChecklist.Facts(form,
				nomination.getAnswers(),
				(int) files.stream().filter(f -> f.purpose() == FilePurpose.PHOTO).count(),
				files.stream().anyMatch(f -> f.purpose() == FilePurpose.SEALED_SCAN), nomination.getFlags(),
				nomination.getChain(), nomination.currentEndorsements()));
		model.addAttribute("nomination", nomination);
		model.addAttribute("nominee", Names.nomineeOf(nomination, form));
		model.addAttribute("campaign", this.setup.campaign(nomination.getCampaignId()));
		model.addAttribute("unit", this.names.ofUnit(nomination.getUnitId()));
		model.addAttribute("category", this.names.ofCategory(nomination.getCategoryId()));
		model.addAttribute("checklist", checklist.stream()
			.map(item -> new CheckLine(item.check(), item.ok(), this.refusals.render(item.reasons())))
			.toList());
		model.addAttribute("refusals", this.refusals.render(refused));
		model.addAttribute("typed", typed);
		return "review/review";
	}

	/** A checklist item with its reasons in the reader's language. */
	record CheckLine(ReviewCheck check, boolean ok, List<String> reasons) {
	}

	private List<NominationSummary> inReview(long campaignId) {
		return this.preliminaryReview.ofCampaign(campaignId)
			.stream()
			.filter(n -> n.status() == NominationStatus.IN_REVIEW)
			.toList();
	}

	private Nomination reviewable(long id) {
		Nomination nomination = this.reader.read(id);
		if (!this.reader.canReview(nomination)) {
			throw new NominationNotFound(id);
		}
		return nomination;
	}

}
