package cn.laurel.scoring.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.laurel.campaign.ScoringWeight;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.nomination.Candidates;
import cn.laurel.scoring.CampaignScoring;
import cn.laurel.scoring.CategoryEvaluation;
import cn.laurel.scoring.Evaluations;
import cn.laurel.scoring.Member;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.Points;
import cn.laurel.scoring.Recusal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's .xlsx exports: the recusals, and the full score matrix (the ranking, then per panel
 * every judge's mark for every candidate, what was dropped and what it came to). Judges are named for
 * the office; {@code anonymised=true} numbers them instead, for a copy that goes beyond it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class ScoringExports {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final Evaluations evaluations;

	private final ScoringViews views;

	private final ScoringMessages messages;

	ScoringExports(Evaluations evaluations, ScoringViews views, ScoringMessages messages) {
		this.evaluations = evaluations;
		this.views = views;
		this.messages = messages;
	}

	/** A recusal as a row of the list. */
	record RecusalRow(String panel, String judge, String candidate, String category, String unit, String kind,
			String reason, String note, LocalDateTime declaredAt) {
	}

	@GetMapping("/campaigns/{campaignId}/scoring/recusals.xlsx")
	void recusals(@PathVariable Long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		Map<Long, String> unitNames = this.views.unitNames(scoring);
		List<RecusalRow> rows = new ArrayList<>();
		for (Recusal recusal : scoring.recusals()) {
			Panel panel = scoring.panels().stream().filter(p -> p.id() == recusal.panelId()).findFirst().orElseThrow();
			CampaignScoring.CategoryScoring category = scoring.categoryOf(recusal.candidateId()).orElseThrow();
			Candidates.Candidate candidate = category.candidates().get(recusal.candidateId());
			Member member = scoring.member(recusal.panelId(), recusal.judgeId());
			rows.add(new RecusalRow(panel.name(), member == null ? String.valueOf(recusal.judgeId())
					: member.displayName(), candidate.displayName(), category.category().getName(),
					unitNames.get(candidate.unitId()),
					text(recusal.isAutomatic() ? "scoring.recusals.automatic" : "scoring.recusals.declared", locale),
					text(recusal.isAutomatic() ? recusal.relation().messageKey() : recusal.reason().messageKey(),
							locale),
					recusal.note(), recusal.declaredAt() == null ? null
							: LocalDateTime.ofInstant(recusal.declaredAt(), BEIJING)));
		}
		List<Column<RecusalRow>> columns = List.of(
				Column.text(text("scoring.recusals.panel", locale), RecusalRow::panel),
				Column.text(text("scoring.recusals.judge", locale), RecusalRow::judge),
				Column.text(text("scoring.recusals.candidate", locale), RecusalRow::candidate),
				Column.text(text("scoring.recusals.category", locale), RecusalRow::category),
				Column.text(text("scoring.recusals.unit", locale), RecusalRow::unit),
				Column.text(text("scoring.recusals.kind", locale), RecusalRow::kind),
				Column.text(text("scoring.recusals.reason", locale), RecusalRow::reason),
				Column.text(text("scoring.recusals.note", locale), RecusalRow::note),
				Column.dateTime(text("scoring.recusals.declared-at", locale), RecusalRow::declaredAt));
		attach(response, "campaign-" + campaignId + "-recusals.xlsx");
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(text("scoring.recusals.sheet", locale), columns, rows)),
				response.getOutputStream());
	}

	/** One candidate's marks on one panel: per judge the total (or ballot) or why there is none. */
	record MarkRow(String category, String candidate, Map<Long, Object> marks, String dropped, BigDecimal value,
			BigDecimal points) {
	}

	@GetMapping("/campaigns/{campaignId}/scoring/matrix.xlsx")
	void matrix(@PathVariable Long campaignId, @RequestParam(defaultValue = "false") boolean anonymised,
			Locale locale, HttpServletResponse response) throws IOException {
		CampaignScoring scoring = this.evaluations.of(campaignId);
		List<ListWorkbook.Sheet<?>> sheets = new ArrayList<>();
		sheets.add(ranking(scoring, locale));
		for (Panel panel : scoring.panels()) {
			sheets.add(panelSheet(scoring, panel, anonymised, locale));
		}
		attach(response, "campaign-" + campaignId + (anonymised ? "-scores-anonymised.xlsx" : "-scores.xlsx"));
		ListWorkbook.write(sheets, response.getOutputStream());
	}

	private ListWorkbook.Sheet<ScoringViews.Line> ranking(CampaignScoring scoring, Locale locale) {
		List<ScoringViews.CategoryLines> categories = this.views.lines(scoring, locale);
		Map<ScoringViews.Line, String> categoryOf = new HashMap<>();
		List<ScoringViews.Line> lines = new ArrayList<>();
		for (ScoringViews.CategoryLines category : categories) {
			for (ScoringViews.Line line : category.lines()) {
				categoryOf.put(line, category.category().category().getName());
				lines.add(line);
			}
		}
		List<Column<ScoringViews.Line>> columns = new ArrayList<>();
		columns.add(Column.text(text("scoring.results.category", locale), categoryOf::get));
		columns.add(Column.number(text("scoring.results.rank", locale), line -> line.standing().placement().rank()));
		columns.add(Column.text(text("scoring.results.candidate", locale), line -> line.candidate().displayName()));
		columns.add(Column.text(text("scoring.results.unit", locale), ScoringViews.Line::unit));
		columns.add(Column.text(text("scoring.results.segment", locale), line -> line.candidate().segment()));
		List<ScoringWeight> weights = scoring.campaign().getScoringWeights();
		for (int i = 0; i < weights.size(); i++) {
			int index = i;
			columns.add(Column.number(text("scoring.results.component", locale, weights.get(i).label(),
					weights.get(i).weight()), line -> line.points().get(index)));
		}
		columns.add(Column.number(text("scoring.results.composite", locale), line -> line.standing().composite()));
		columns.add(Column.text(text("scoring.results.outcome", locale), ScoringViews.Line::outcome));
		return new ListWorkbook.Sheet<>(text("scoring.matrix.ranking-sheet", locale), columns, lines);
	}

	private ListWorkbook.Sheet<MarkRow> panelSheet(CampaignScoring scoring, Panel panel, boolean anonymised,
			Locale locale) {
		List<Member> members = scoring.members().getOrDefault(panel.id(), List.of());
		List<MarkRow> rows = new ArrayList<>();
		for (CampaignScoring.CategoryScoring category : scoring.categories()) {
			for (CategoryEvaluation.Standing standing : category.standings()) {
				long candidateId = standing.candidateId();
				CategoryEvaluation.Part part = standing.part(panel.settings().component());
				if (part == null || part.panel() == null || !part.panel().assigned()) {
					continue;
				}
				Map<Long, Object> marks = new HashMap<>();
				for (Member member : members) {
					marks.put(member.accountId(), mark(scoring, panel, member, candidateId, locale));
				}
				Map<Long, Member> byId = members.stream().collect(Collectors.toMap(Member::accountId, m -> m));
				String dropped = part.panel()
					.dropped()
					.stream()
					.map(mark -> Optional.ofNullable(byId.get(mark.judgeId()))
						.map(member -> this.views.judge(member, anonymised, locale))
						.orElse(""))
					.collect(Collectors.joining(", "));
				rows.add(new MarkRow(category.category().getName(), category.candidates().get(candidateId).displayName(),
						marks, dropped, part.panel().value() == null ? null : Points.shown(part.panel().value()),
						part.missing() ? null : Points.shown(part.points())));
			}
		}
		List<Column<MarkRow>> columns = new ArrayList<>();
		columns.add(Column.text(text("scoring.results.category", locale), MarkRow::category));
		columns.add(Column.text(text("scoring.results.candidate", locale), MarkRow::candidate));
		for (Member member : members) {
			String header = this.views.judge(member, anonymised, locale);
			columns.add(panel.mode() == PanelMode.BALLOT
					? Column.text(header, row -> (String) row.marks().get(member.accountId()))
					: Column.number(header, row -> row.marks().get(member.accountId()) instanceof BigDecimal total
							? total : null));
		}
		columns.add(Column.text(text("scoring.matrix.dropped", locale), MarkRow::dropped));
		columns.add(Column.number(text("scoring.matrix.value", locale), MarkRow::value));
		columns.add(Column.number(text("scoring.matrix.points", locale), MarkRow::points));
		return new ListWorkbook.Sheet<>(panel.name(), columns, rows);
	}

	/** A judge's total (a number) or ballot (a word), or {@code null} when there is none. */
	private Object mark(CampaignScoring scoring, Panel panel, Member member, long candidateId, Locale locale) {
		return scoring.submittedSheet(panel.id(), member.accountId(), candidateId)
			.map(sheet -> panel.mode() == PanelMode.BALLOT ? (Object) text(sheet.ballot().messageKey(), locale)
					: sheet.total())
			.orElse(null);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.text(key, locale, args);
	}

	private static void attach(HttpServletResponse response, String fileName) {
		response.setContentType(ListWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

}
