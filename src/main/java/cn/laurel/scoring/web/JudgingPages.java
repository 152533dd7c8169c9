package cn.laurel.scoring.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.nomination.Candidates;
import cn.laurel.scoring.Ballot;
import cn.laurel.scoring.Judging;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.RecusalReason;
import cn.laurel.scoring.ScoringRefused;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A judge's pages: their panels, a panel's queue with each candidate's state, a candidate's form,
 * photos and deeds next to the judge's own sheet under the category's 评选标准, the recusal declaration and the final submission.
 * Nothing here shows another judge's sheet.
 */
@Controller
@PreAuthorize("hasRole('JUDGE')")
class JudgingPages {

	private final Judging judging;

	private final ScoringMessages messages;

	JudgingPages(Judging judging, ScoringMessages messages) {
		this.judging = judging;
		this.messages = messages;
	}

	@GetMapping("/judging")
	String seats(Model model) {
		model.addAttribute("seats", this.judging.seats());
		return "scoring/seats";
	}

	@GetMapping("/judging/panels/{panelId}")
	String queue(@PathVariable long panelId, Model model) {
		model.addAttribute("seat", this.judging.seat(panelId));
		model.addAttribute("items", this.judging.queue(panelId));
		return "scoring/queue";
	}

	@PostMapping("/judging/panels/{panelId}/submit")
	String submit(@PathVariable long panelId, RedirectAttributes redirect, Locale locale) {
		return this.messages.flashing(() -> this.judging.submit(panelId), "scoring.judging.submitted", redirect, locale,
				"/judging/panels/" + panelId);
	}

	@GetMapping("/judging/panels/{panelId}/candidates/{candidateId}")
	String candidate(@PathVariable long panelId, @PathVariable long candidateId, Model model) {
		return show(panelId, candidateId, SheetForm.of(this.judging.sheet(panelId, candidateId)), model);
	}

	@PostMapping("/judging/panels/{panelId}/candidates/{candidateId}")
	String save(@PathVariable long panelId, @PathVariable long candidateId, @ModelAttribute("form") SheetForm form,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			Panel panel = this.judging.seat(panelId).panel();
			this.judging.save(panelId, candidateId,
					panel.mode() == PanelMode.SCORES ? form.asPoints(panel) : List.of(), form.getBallot(),
					form.getComment());
			redirect.addFlashAttribute("message", "scoring.judging.saved");
			return "redirect:/judging/panels/" + panelId;
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			return show(panelId, candidateId, form, model);
		}
	}

	@PostMapping("/judging/panels/{panelId}/candidates/{candidateId}/recusal")
	String recuse(@PathVariable long panelId, @PathVariable long candidateId,
			@RequestParam(required = false) RecusalReason reason, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.judging.recuse(panelId, candidateId, reason, note);
			redirect.addFlashAttribute("message", "scoring.judging.recused");
			return "redirect:/judging/panels/" + panelId;
		}
		catch (ScoringRefused refused) {
			this.messages.show(model, refused, locale);
			model.addAttribute("recusalReason", reason);
			model.addAttribute("recusalNote", note);
			return show(panelId, candidateId, SheetForm.of(this.judging.sheet(panelId, candidateId)), model);
		}
	}

	@GetMapping("/judging/panels/{panelId}/candidates/{candidateId}/photos/{fileId}")
	ResponseEntity<byte[]> photo(@PathVariable long panelId, @PathVariable long candidateId, @PathVariable long fileId,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		var photo = this.judging.photo(panelId, candidateId, fileId, thumbnail);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(photo.bytes());
	}

	private String show(long panelId, long candidateId, SheetForm form, Model model) {
		model.addAttribute("seat", this.judging.seat(panelId));
		Candidates.Dossier dossier = this.judging.dossier(panelId, candidateId);
		model.addAttribute("dossier", dossier);
		model.addAttribute("criteria", this.judging.criteria(dossier));
		model.addAttribute("form", form);
		model.addAttribute("ballots", Ballot.values());
		model.addAttribute("reasons", RecusalReason.values());
		return "scoring/candidate";
	}

}
