package cn.laurel.scoring.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.laurel.scoring.Ballot;
import cn.laurel.scoring.Criterion;
import cn.laurel.scoring.Evaluations;
import cn.laurel.scoring.Judging;
import cn.laurel.scoring.OfficeSelection;
import cn.laurel.scoring.Outcome;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.PanelSetup;
import cn.laurel.scoring.Scoresheet;
import cn.laurel.scoring.ScoringNotFound;
import cn.laurel.scoring.Shortlists;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring as JSON, through the same services as the pages: a judge's own panels and sheets (and
 * nobody else's), and for the office the results and the shortlist. Refusals answer 400 with every
 * reason ({@link ScoringApiErrors}).
 */
@RestController
@RequestMapping("/api/v1")
class ScoringApi {

	private final Judging judging;

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final Shortlists shortlists;

	private final OfficeSelection selection;

	private final PanelSetup panels;

	ScoringApi(Judging judging, Evaluations evaluations, ScoringViews views, Shortlists shortlists,
			OfficeSelection selection, PanelSetup panels) {
		this.judging = judging;
		this.evaluations = evaluations;
		this.views = views;
		this.shortlists = shortlists;
		this.selection = selection;
		this.panels = panels;
	}

	record SeatView(long panelId, String panel, long campaignId, String campaign, PanelMode mode,
			List<Criterion> criteria, Instant submittedAt, boolean open) {
	}

	record SheetView(long candidateId, String candidate, long categoryId, List<BigDecimal> points, Ballot ballot,
			String comment, boolean complete) {
	}

	record SheetInput(List<BigDecimal> points, Ballot ballot, String comment) {
	}

	record ResultView(long categoryId, String category, long candidateId, String candidate, int rank,
			BigDecimal composite, List<BigDecimal> points, Outcome outcome, String reason) {
	}

	@GetMapping("/judging/panels")
	@PreAuthorize("hasRole('JUDGE')")
	List<SeatView> seats() {
		return this.judging.seats().stream().map(ScoringApi::seat).toList();
	}

	@GetMapping("/judging/panels/{panelId}/sheets")
	@PreAuthorize("hasRole('JUDGE')")
	List<SheetView> sheets(@PathVariable long panelId) {
		return this.judging.queue(panelId).stream().map(item -> {
			Scoresheet sheet = item.sheet();
			return new SheetView(item.candidate().id(), item.candidate().displayName(), item.candidate().categoryId(),
					sheet == null ? List.of() : sheet.points(), sheet == null ? null : sheet.ballot(),
					sheet == null ? null : sheet.comment(), item.complete());
		}).toList();
	}

	@PutMapping("/judging/panels/{panelId}/sheets/{candidateId}")
	@PreAuthorize("hasRole('JUDGE')")
	SheetView save(@PathVariable long panelId, @PathVariable long candidateId, @RequestBody SheetInput input) {
		Scoresheet sheet = this.judging.save(panelId, candidateId, input.points(), input.ballot(), input.comment());
		return sheets(panelId).stream().filter(view -> view.candidateId() == sheet.candidateId()).findFirst()
			.orElseThrow();
	}

	@PostMapping("/judging/panels/{panelId}/submit")
	@PreAuthorize("hasRole('JUDGE')")
	SeatView submit(@PathVariable long panelId) {
		this.judging.submit(panelId);
		return seat(this.judging.seat(panelId));
	}

	/** The leading group's members (附件1) whom the office has yet to seat on the panel or invite to it. */
	@GetMapping("/campaigns/{campaignId}/scoring/panels/{panelId}/leading-group-to-invite")
	List<String> leadingGroupToInvite(@PathVariable Long campaignId, @PathVariable long panelId) {
		return this.panels.leadingGroupToInvite(campaignId, panelId);
	}

	@GetMapping("/campaigns/{campaignId}/scoring/results")
	List<ResultView> results(@PathVariable Long campaignId, Locale locale) {
		return this.views.lines(this.evaluations.of(campaignId), locale)
			.stream()
			.flatMap(category -> category.lines()
				.stream()
				.map(line -> new ResultView(category.category().category().getId(),
						category.category().category().getName(), line.candidate().id(),
						line.candidate().displayName(), line.standing().placement().rank(),
						line.standing().composite(), line.points(), line.standing().placement().outcome(),
						line.outcome())))
			.toList();
	}

	@GetMapping("/campaigns/{campaignId}/scoring/shortlist")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	Shortlists.Shortlist shortlist(@PathVariable Long campaignId) {
		return this.shortlists.of(campaignId).orElseThrow(() -> new ScoringNotFound("shortlist", campaignId));
	}

	/** The office's choice in each category, in its order, for a campaign without 评审. */
	record SelectionInput(List<OfficeSelection.Choice> categories) {
	}

	/** The office's selection (审核评选) becomes the shortlist that goes to 公示; refused beyond the places. */
	@PutMapping("/campaigns/{campaignId}/selection")
	Shortlists.Shortlist select(@PathVariable Long campaignId, @RequestBody SelectionInput input) {
		return this.selection.select(campaignId, input.categories() == null ? List.of() : input.categories());
	}

	private static SeatView seat(Judging.Seat seat) {
		return new SeatView(seat.panel().id(), seat.panel().name(), seat.campaign().getId(),
				seat.campaign().getTitle(), seat.panel().mode(), seat.panel().settings().criteria(),
				seat.submittedAt(), seat.isOpen());
	}

}
