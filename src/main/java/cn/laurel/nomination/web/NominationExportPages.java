package cn.laurel.nomination.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.documents.DocumentNames;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.NominationDocx;
import cn.laurel.documents.NominationSheet;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FormsWithMaterial;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationSheets;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.PreliminaryReview;
import cn.laurel.nomination.Sheet;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Word forms (one, or a zip per category or unit, named as seed 003 附件4 asks), the same merged with the 典型事迹材料,
 * and the .xlsx list of a campaign's nominations with their status. Everything goes through the read checks of
 * {@link NominationReader}.
 */
@Controller
class NominationExportPages {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final PreliminaryReview preliminaryReview;

	private final Drafting drafting;

	private final NominationSheets sheets;

	private final NominationDocx docx;

	private final DocumentNames names;

	private final Categories categories;

	private final Units units;

	private final MessageSource messages;

	private final FormsWithMaterial material;

	NominationExportPages(PreliminaryReview preliminaryReview, Drafting drafting, NominationSheets sheets,
			NominationDocx docx, DocumentNames names, Categories categories, Units units, MessageSource messages,
			FormsWithMaterial material) {
		this.preliminaryReview = preliminaryReview;
		this.drafting = drafting;
		this.material = material;
		this.sheets = sheets;
		this.docx = docx;
		this.names = names;
		this.categories = categories;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/nominations/{id}/form.docx")
	void form(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		NominationSheet sheet = this.sheets.of(id, locale);
		attach(response, NominationDocx.CONTENT_TYPE, this.names.fileName(sheet, locale));
		this.docx.write(sheet, locale, response.getOutputStream());
	}

	/**
	 * The 征求意见表 the departments consulted sign and seal (seed 002 附件4), for the nominations whose form has
	 * one; the signed scan is then attached as the step's opinion form.
	 */
	@GetMapping("/nominations/{id}/consultation.docx")
	void consultation(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		NominationSheet sheet = this.sheets.consultationOf(id, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		attach(response, NominationDocx.CONTENT_TYPE,
				DocumentNames.safe(sheet.title() + "+" + sheet.nomineeName()) + ".docx");
		this.docx.write(sheet, locale, response.getOutputStream());
	}

	/** The clerk's whole unit, as one zip. */
	@GetMapping("/nominations/forms.zip")
	void unitForms(Locale locale, HttpServletResponse response) throws IOException {
		zip(this.drafting.ofMyUnit(), "forms.zip", locale, response);
	}

	/** The organiser's batch: a campaign's nominations, optionally of one category or one unit. */
	@GetMapping("/campaigns/{campaignId}/nominations/forms.zip")
	void campaignForms(@PathVariable long campaignId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long unitId, Locale locale, HttpServletResponse response)
			throws IOException {
		zip(this.material.submitted(campaignId, categoryId, unitId), "campaign-" + campaignId + "-forms.zip", locale,
				response);
	}

	/** The 推荐表 and the 典型事迹材料 in one Word file (seed 003 附件4). */
	@GetMapping("/nominations/{id}/form-with-material.docx")
	void formWithMaterial(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		this.material.one(id, locale).sendTo(response);
	}

	/** The same for a campaign's submitted nominations, optionally of one category or one unit, as a zip. */
	@GetMapping("/campaigns/{campaignId}/nominations/forms-with-material.zip")
	void campaignFormsWithMaterial(@PathVariable long campaignId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long unitId, Locale locale, HttpServletResponse response)
			throws IOException {
		this.material.ofCampaign(campaignId, categoryId, unitId, locale).sendTo(response);
	}

	@GetMapping("/campaigns/{campaignId}/nominations.xlsx")
	void list(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		List<NominationSummary> nominations = this.preliminaryReview.ofCampaign(campaignId);
		Map<Long, String> categoryNames = names(this.categories.findAllById(
				nominations.stream().map(NominationSummary::categoryId).distinct().toList()), Category::getId,
				Category::getName);
		Map<Long, String> unitNames = names(this.units.findAllById(
				nominations.stream().map(NominationSummary::unitId).distinct().toList()), Unit::getId, Unit::getName);
		List<Column<NominationSummary>> columns = new ArrayList<>();
		columns.add(Column.text(text("category", locale), n -> categoryNames.get(n.categoryId())));
		columns.add(Column.text(text("unit", locale), n -> unitNames.get(n.unitId())));
		columns.add(Column.text(text("name", locale), NominationSummary::displayName));
		columns.add(Column.text(text("segment", locale), NominationSummary::segment));
		columns.add(Column.text(text("status", locale), n -> message(n.status().messageKey(), locale)));
		columns.add(Column.text(text("waiting", locale), n -> n.waitingCapacity() == null ? null
				: message(n.waitingCapacity().messageKey(), locale)));
		columns.add(Column.text(text("flagged", locale), n -> n.flagged() ? message("nomination.export.yes", locale)
				: null));
		columns.add(Column.dateTime(text("submitted", locale), n -> n.submittedAt() == null ? null
				: LocalDateTime.ofInstant(n.submittedAt(), BEIJING)));
		attach(response, ListWorkbook.CONTENT_TYPE, "campaign-" + campaignId + "-nominations.xlsx");
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(message("nomination.export.list-sheet", locale), columns,
				nominations)), response.getOutputStream());
	}

	private void zip(List<NominationSummary> nominations, String fileName, Locale locale,
			HttpServletResponse response) throws IOException {
		List<NominationSheet> chosen = new ArrayList<>();
		for (NominationSummary summary : nominations) {
			chosen.add(this.sheets.of(summary.id(), locale));
		}
		attach(response, "application/zip", fileName);
		this.docx.writeBatch(chosen, locale, response.getOutputStream());
	}

	private static void attach(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	private static <T> Map<Long, String> names(List<T> items, Function<T, Long> id, Function<T, String> name) {
		return items.stream().collect(Collectors.toMap(id, name, (a, b) -> a));
	}

	private String text(String column, Locale locale) {
		return message("nomination.export.column." + column, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
