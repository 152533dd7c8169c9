package cn.laurel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Candidates;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a judge does on a panel they sit on: read the candidates assigned to it (never those they are
 * recused from), keep drafts of their sheets, declare a recusal, and submit every sheet at once. A
 * judge only ever reaches their own sheets: every verb works on the signed-in judge's, and anything
 * else is not found.
 */
@Service
@Transactional
public class Judging {

	/** The most a recusal's note may say. */
	static final int MAX_NOTE = 500;

	private final Panels panels;

	private final Sheets sheets;

	private final ScoringRecords records;

	private final Campaigns campaigns;

	private final Candidates candidates;

	private final Categories categories;

	private final UnitParents units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Judging(Panels panels, Sheets sheets, ScoringRecords records, Campaigns campaigns, Candidates candidates,
			Categories categories, UnitParents units, ApplicationEventPublisher events, Clock clock) {
		this.panels = panels;
		this.sheets = sheets;
		this.records = records;
		this.campaigns = campaigns;
		this.candidates = candidates;
		this.categories = categories;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A judge's seat on a panel.
	 *
	 * @param submittedAt when the judge submitted their sheets, or {@code null}
	 * @param closedBecause the message key saying why sheets cannot be changed now, or {@code null}
	 */
	public record Seat(Panel panel, Campaign campaign, Member member, Instant submittedAt, String closedBecause) {

		public boolean isOpen() {
			return this.closedBecause == null;
		}

	}

	/** A candidate in the judge's queue with the judge's sheet, if begun. */
	public record Item(Candidates.Candidate candidate, Scoresheet sheet, boolean complete) {
	}

	@Transactional(readOnly = true)
	public List<Seat> seats() {
		long judge = judge().accountId();
		return this.panels.ofJudge(judge).stream().map(panel -> seat(panel, judge)).toList();
	}

	@Transactional(readOnly = true)
	public Seat seat(long panelId) {
		long judge = judge().accountId();
		return seat(this.panels.find(panelId).orElseThrow(() -> new ScoringNotFound("panel", panelId)), judge);
	}

	/** The candidates the judge judges on the panel, by category, with the judge's sheets. */
	@Transactional(readOnly = true)
	public List<Item> queue(long panelId) {
		Seat seat = seat(panelId);
		Map<Long, Scoresheet> mine = this.sheets.ofJudge(panelId, seat.member().accountId())
			.stream()
			.collect(Collectors.toMap(Scoresheet::candidateId, sheet -> sheet));
		return visible(seat).stream().map(candidate -> {
			Scoresheet sheet = mine.get(candidate.id());
			return new Item(candidate, sheet, sheet != null && sheet.isComplete(seat.panel()));
		}).toList();
	}

	@Transactional(readOnly = true)
	public Candidates.Dossier dossier(long panelId, long candidateId) {
		Seat seat = seat(panelId);
		requireVisible(seat, candidateId);
		return this.candidates.dossier(candidateId).orElseThrow(() -> new ScoringNotFound("candidate", candidateId));
	}

	/** The 评选标准 of the candidate's category, which the judge judges by, one paragraph each. */
	@Transactional(readOnly = true)
	public List<String> criteria(Candidates.Dossier dossier) {
		return this.categories.findById(dossier.candidate().categoryId())
			.map(Category::getCriteriaParagraphs)
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Candidates.Photo photo(long panelId, long candidateId, long fileId, boolean thumbnail) {
		requireVisible(seat(panelId), candidateId);
		return this.candidates.photo(candidateId, fileId, thumbnail)
			.orElseThrow(() -> new ScoringNotFound("photo", fileId));
	}

	/** The judge's sheet for the candidate, blank if not begun. */
	@Transactional(readOnly = true)
	public Scoresheet sheet(long panelId, long candidateId) {
		Seat seat = seat(panelId);
		requireVisible(seat, candidateId);
		return this.sheets.find(panelId, seat.member().accountId(), candidateId)
			.orElseGet(() -> new Scoresheet(panelId, seat.member().accountId(), candidateId, List.of(), null, null,
					null));
	}

	/** Saves a draft of the judge's sheet; points must lie within their criteria, blanks are allowed. */
	public Scoresheet save(long panelId, long candidateId, List<BigDecimal> points, Ballot ballot, String comment) {
		Seat seat = openSeat(panelId);
		requireVisible(seat, candidateId);
		Scoresheet sheet = new Scoresheet(panelId, seat.member().accountId(), candidateId,
				seat.panel().mode() == PanelMode.SCORES ? points : List.of(),
				seat.panel().mode() == PanelMode.BALLOT ? ballot : null, comment, this.clock.instant());
		ScoringRefused.throwIfAny(sheet.check(seat.panel()));
		this.sheets.save(sheet);
		return sheet;
	}

	/** Submits every sheet at once; refused while any candidate in the queue has no complete sheet. */
	public void submit(long panelId) {
		Seat seat = openSeat(panelId);
		List<Item> queue = queue(panelId);
		List<String> missing = queue.stream().filter(item -> !item.complete())
			.map(item -> item.candidate().displayName())
			.toList();
		if (!missing.isEmpty()) {
			throw ScoringRefused.of("sheets", "scoring.rule.sheets-incomplete", missing.size(),
					String.join(", ", missing));
		}
		this.sheets.submit(panelId, seat.member().accountId(), this.clock.instant());
		this.events.publishEvent(new ScoringEvents.Changed("scoring.sheets-submitted", "scoring-panel",
				String.valueOf(panelId), seat.panel().campaignId(), null,
				Map.of("judge", seat.member().accountId(), "sheets", queue.size()), null));
	}

	/**
	 * Declares a recusal from a candidate; the judge's draft for them is discarded and they leave the
	 * queue. 其他 needs a note.
	 */
	public void recuse(long panelId, long candidateId, RecusalReason reason, String note) {
		Seat seat = openSeat(panelId);
		requireVisible(seat, candidateId);
		String text = note == null || note.isBlank() ? null : note.strip();
		List<Violation> violations = new ArrayList<>();
		if (reason == null) {
			violations.add(Violation.of("reason", "scoring.rule.recusal-reason-required"));
		}
		else if (reason.needsNote() && text == null) {
			violations.add(Violation.of("note", "scoring.rule.recusal-note-required"));
		}
		if (text != null && text.length() > MAX_NOTE) {
			violations.add(Violation.of("note", "scoring.rule.recusal-note-too-long", MAX_NOTE));
		}
		ScoringRefused.throwIfAny(violations);
		Declaration declaration = new Declaration(panelId, seat.member().accountId(), candidateId, reason, text,
				seat.member().username(), this.clock.instant());
		this.sheets.declare(declaration);
		this.sheets.delete(panelId, seat.member().accountId(), candidateId);
		this.events.publishEvent(new ScoringEvents.Changed("scoring.recusal-declared", "scoring-panel",
				String.valueOf(panelId), seat.panel().campaignId(), null, declaration, text));
	}

	private Seat seat(Panel panel, long judge) {
		Member member = this.panels.member(panel.id(), judge)
			.orElseThrow(() -> new ScoringNotFound("panel", panel.id()));
		Campaign campaign = this.campaigns.findById(panel.campaignId()).orElseThrow();
		Optional<Instant> submitted = this.sheets.submittedAt(panel.id(), judge);
		String closed = null;
		if (submitted.isPresent()) {
			closed = "scoring.judging.closed.submitted";
		}
		else if (this.records.lock(panel.campaignId()).isPresent()) {
			closed = "scoring.judging.closed.locked";
		}
		else if (campaign.getPhase() != CampaignPhase.EVALUATION) {
			closed = "scoring.judging.closed.phase";
		}
		return new Seat(panel, campaign, member, submitted.orElse(null), closed);
	}

	private Seat openSeat(long panelId) {
		Seat seat = seat(panelId);
		if (!seat.isOpen()) {
			throw ScoringRefused.of("sheets", seat.closedBecause());
		}
		return seat;
	}

	/** The assigned candidates the judge is not recused from. */
	private List<Candidates.Candidate> visible(Seat seat) {
		List<Candidates.Candidate> assigned = this.candidates.ofCampaign(seat.panel().campaignId())
			.stream()
			.filter(c -> seat.panel().judges(c.categoryId(), c.id()))
			.toList();
		Set<Long> recused = new HashSet<>();
		Conflicts.of(List.of(seat.panel()), Map.of(seat.panel().id(), List.of(seat.member())), assigned,
				this.sheets.declarationsOf(seat.panel().id(), seat.member().accountId()), this.units.load())
			.forEach(recusal -> recused.add(recusal.candidateId()));
		return assigned.stream().filter(c -> !recused.contains(c.id())).toList();
	}

	/** Not found unless the candidate is assigned to the panel and the judge is not recused from them. */
	private void requireVisible(Seat seat, long candidateId) {
		if (visible(seat).stream().noneMatch(c -> c.id() == candidateId)) {
			throw new ScoringNotFound("candidate", candidateId);
		}
	}

	private static LaurelUser judge() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LaurelUser user
				&& user.is(Role.JUDGE)) {
			return user;
		}
		throw new ScoringNotFound("judge", null);
	}

}
