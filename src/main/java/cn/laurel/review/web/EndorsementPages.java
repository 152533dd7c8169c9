package cn.laurel.review.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.Endorsing;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationNotFound;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationRefused;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.StoredFile;
import cn.laurel.org.LaurelUser;
import cn.laurel.system.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The endorser's desk: what waits at their step in their unit, and the opinion they sign there
 * (同意/不同意, the text, their name, the date, and the seal where the step records one). Anything
 * not waiting for the signed-in endorser is not found, whatever its id.
 */
@Controller
@PreAuthorize("hasRole('ENDORSER')")
class EndorsementPages {

	private final Drafting drafting;

	private final NominationReader reader;

	private final Endorsing endorsing;

	private final Names names;

	private final Refusals refusals;

	private final Clock clock;

	EndorsementPages(Drafting drafting, NominationReader reader, Endorsing endorsing, Names names, Refusals refusals,
			Clock clock) {
		this.drafting = drafting;
		this.reader = reader;
		this.endorsing = endorsing;
		this.names = names;
		this.refusals = refusals;
		this.clock = clock;
	}

	/** One nomination waiting at the endorser's step. */
	record Line(NominationSummary nomination, String unit, String category, LocalDateTime waitingSince) {
	}

	@GetMapping("/endorsements")
	String list(Model model) {
		List<NominationSummary> waiting = this.endorsing.waitingForMe();
		Map<Long, String> units = this.names.ofUnits(waiting.stream().map(NominationSummary::unitId).toList());
		Map<Long, String> categories = this.names
			.ofCategories(waiting.stream().map(NominationSummary::categoryId).toList());
		model.addAttribute("lines", waiting.stream()
			.map(n -> new Line(n, units.get(n.unitId()), categories.get(n.categoryId()),
					n.waitingSince() == null ? null : LocalDateTime.ofInstant(n.waitingSince(), this.clock.getZone())))
			.toList());
		return "review/endorsements";
	}

	@GetMapping("/endorsements/{id}")
	String desk(@PathVariable long id, @AuthenticationPrincipal LaurelUser user, Model model) {
		model.addAttribute("form", OpinionForm.prefilled(user.displayName(), LocalDate.now(this.clock)));
		return show(waitingForMe(id), List.of(), model);
	}

	/** Signs the opinion; a seal image sent with it is kept even when the opinion is refused. */
	@PostMapping("/endorsements/{id}")
	String endorse(@PathVariable long id, @ModelAttribute("form") OpinionForm form,
			@RequestParam(name = "sealImage", required = false) MultipartFile sealImage, Model model,
			RedirectAttributes redirect) {
		Nomination nomination = waitingForMe(id);
		boolean sealStep = nomination.waitingAt().map(ChainStep::sealRequired).orElse(false);
		List<Refusal.Reason> refused = new ArrayList<>();
		if (sealStep && sealImage != null && !sealImage.isEmpty()) {
			try {
				form.setSealFileId(this.drafting
					.attach(id, FilePurpose.SEAL, sealImage.getOriginalFilename(), bytes(sealImage))
					.id());
			}
			catch (NominationRefused refusal) {
				refused.addAll(refusal.reasons());
			}
		}
		refused.addAll(form.check());
		if (refused.isEmpty()) {
			try {
				this.endorsing.endorse(id, form.asOpinion(sealStep));
				redirect.addFlashAttribute("message", "review.endorse.done");
				return "redirect:/endorsements";
			}
			catch (NominationRefused refusal) {
				refused.addAll(refusal.reasons());
			}
		}
		return show(nomination, refused, model);
	}

	/** Attaches a 征求意见表 (seed 002 附件4) collected from same-level departments. */
	@PostMapping("/endorsements/{id}/opinion-forms")
	String attachOpinionForm(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal LaurelUser user, Model model, RedirectAttributes redirect) {
		Nomination nomination = waitingForMe(id);
		try {
			this.drafting.attach(id, FilePurpose.OPINION_FORM, file.getOriginalFilename(), bytes(file));
			redirect.addFlashAttribute("message", "review.endorse.opinion-form-attached");
			return "redirect:/endorsements/" + id;
		}
		catch (NominationRefused refusal) {
			model.addAttribute("form", OpinionForm.prefilled(user.displayName(), LocalDate.now(this.clock)));
			return show(nomination, refusal.reasons(), model);
		}
	}

	private String show(Nomination nomination, List<? extends Refusal.Reason> refused, Model model) {
		List<StoredFile> files = this.reader.filesOf(nomination.getId());
		model.addAttribute("nomination", nomination);
		model.addAttribute("nominee", Names.nomineeOf(nomination, this.reader.formOf(nomination)));
		model.addAttribute("waitingSince", nomination.waitingSince()
			.map(at -> LocalDateTime.ofInstant(at, this.clock.getZone()))
			.orElse(null));
		model.addAttribute("step", nomination.waitingAt().orElseThrow());
		model.addAttribute("unit", this.names.ofUnit(nomination.getUnitId()));
		model.addAttribute("category", this.names.ofCategory(nomination.getCategoryId()));
		model.addAttribute("opinionForms", files.stream().filter(f -> f.purpose() == FilePurpose.OPINION_FORM).toList());
		// the printable 征求意见表 where the nomination's form defines one (seed 002 附件4)
		model.addAttribute("consultationForm",
				this.reader.formOf(nomination).print().consultation() != null);
		model.addAttribute("sealFiles", files.stream().filter(f -> f.purpose() == FilePurpose.SEAL).toList());
		model.addAttribute("refusals", this.refusals.render(refused));
		model.addAttribute("zone", this.clock.getZone());
		return "review/endorsement";
	}

	private Nomination waitingForMe(long id) {
		Nomination nomination = this.reader.read(id);
		if (!this.reader.canEndorse(nomination)) {
			throw new NominationNotFound(id);
		}
		return nomination;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
