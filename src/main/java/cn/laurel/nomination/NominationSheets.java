package cn.laurel.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition.FieldType;
import cn.laurel.documents.NominationSheet;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.system.PersonalData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a nomination into the sheet its Word form prints: the answers in the form's order, the
 * photos, and one opinion row per step of its chain, filled from the endorsements of the current
 * round. Personal answers are masked for readers who are neither its unit's clerk nor the organiser.
 */
@Component
public class NominationSheets {

	/** Answers longer than this no longer share a row with the next short field. */
	private static final int SHORT_ANSWER = 16;

	private final NominationWorkflow workflow;

	private final Categories categories;

	private final NominationAccess access;

	private final Units units;

	private final MessageSource messages;

	NominationSheets(NominationWorkflow workflow, Categories categories, NominationAccess access, Units units,
			MessageSource messages) {
		this.workflow = workflow;
		this.categories = categories;
		this.access = access;
		this.units = units;
		this.messages = messages;
	}

	/** The Word form's sheet of a nomination the current user may read (the organiser's is unmasked). */
	public NominationSheet of(long nominationId, Locale locale) {
		return of(this.workflow.read(nominationId), locale);
	}

	NominationSheet of(Nomination nomination, Locale locale) {
		return of(nomination, locale, this.access.canEdit(nomination) || this.access.canReview(nomination));
	}

	/**
	 * The sheet of a nomination the current user may read as it leaves the office (a filing package): personal
	 * fields masked whoever asks, as in every other copy that goes out.
	 */
	public NominationSheet outgoing(long nominationId, Locale locale) {
		return of(this.workflow.read(nominationId), locale, false);
	}

	private NominationSheet of(Nomination nomination, Locale locale, boolean unmasked) {
		FormDefinition form = this.workflow.formOf(nomination);
		Category category = this.categories.findById(nomination.getCategoryId()).orElseThrow();
		List<NominationSheet.Entry> body = new ArrayList<>();
		for (Field field : form.fields()) {
			body.add(entry(field, nomination.getAnswers(), unmasked, locale));
		}
		List<NominationSheet.Photo> photos = new ArrayList<>();
		for (StoredFile file : this.workflow.filesOf(nomination.getId())) {
			if (file.purpose() == FilePurpose.PHOTO) {
				NominationFiles.Content content = this.workflow.file(nomination.getId(), file.id(), false);
				photos.add(new NominationSheet.Photo(content.bytes(), content.contentType()));
			}
		}
		NominationSheet.Photo portrait = form.photos().portrait() && !photos.isEmpty() ? photos.remove(0) : null;
		String unit = this.units.findById(nomination.getUnitId()).map(Unit::getName).orElse("");
		String name = Optional.of(nomination.getAnswers().value(form.fields().get(0).key()))
			.filter(value -> !value.isBlank())
			.orElseGet(() -> message("nomination.sheet.unnamed", locale));
		return new NominationSheet(form.title(), unit, category.getName(), name, body, portrait, photos,
				opinions(nomination, locale));
	}

	private NominationSheet.Entry entry(Field field, Answers answers, boolean unmasked, Locale locale) {
		if (field.type() == FieldType.TABLE) {
			List<String> columns = new ArrayList<>();
			columns.add(message("nomination.sheet.row-number", locale));
			columns.addAll(field.columns());
			List<List<String>> rows = new ArrayList<>();
			for (List<String> row : filled(answers.rows(field.key()))) {
				List<String> printed = new ArrayList<>();
				printed.add(String.valueOf(rows.size() + 1));
				for (int i = 0; i < field.columns().size(); i++) {
					printed.add(i < row.size() ? row.get(i) : "");
				}
				rows.add(printed);
			}
			return new NominationSheet.Table(field.label(), columns, rows);
		}
		if (field.type() == FieldType.RESUME) {
			List<String> columns = List.of(message("nomination.sheet.resume-from", locale),
					message("nomination.sheet.resume-to", locale), message("nomination.sheet.resume-post", locale));
			List<List<String>> rows = filled(answers.rows(field.key())).stream()
				.map(row -> List.of(cell(row, 0),
						cell(row, 1).isEmpty() ? message("nomination.sheet.resume-ongoing", locale) : cell(row, 1),
						cell(row, 2)))
				.toList();
			return new NominationSheet.Table(field.label(), columns, rows);
		}
		String value = answers.value(field.key());
		if (field.personal() && !unmasked) {
			value = masked(field, value);
		}
		Layout layout = field.type() == FieldType.TEXTAREA ? Layout.LONG
				: FormDefinition.countCharacters(value) > SHORT_ANSWER ? Layout.WIDE : Layout.SHORT;
		return new NominationSheet.Field(field.label(), value, layout);
	}

	private List<NominationSheet.Opinion> opinions(Nomination nomination, Locale locale) {
		List<NominationSheet.Opinion> opinions = new ArrayList<>();
		for (ChainStep step : nomination.getChain()) {
			String label = step.title();
			Optional<Endorsement> signed = nomination.currentEndorsements().stream()
				.filter(e -> e.stepOrder() == step.stepOrder())
				.findFirst();
			opinions.add(signed
				.map(e -> new NominationSheet.Opinion(label, message(e.verdictKey(), locale), e.opinion(),
						e.signerName(), e.signedOn(), step.sealRequired()))
				.orElseGet(() -> new NominationSheet.Opinion(label, null, null, null, null, step.sealRequired())));
		}
		return opinions;
	}

	static String masked(Field field, String value) {
		return switch (field.type()) {
			case ID_NUMBER -> PersonalData.maskIdNumber(value);
			case PHONE -> PersonalData.maskPhone(value);
			default -> PersonalData.maskAddress(value);
		};
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static List<List<String>> filled(List<List<String>> rows) {
		return rows.stream().filter(row -> row.stream().anyMatch(cell -> cell != null && !cell.isBlank())).toList();
	}

	private static String cell(List<String> row, int index) {
		return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
	}

}
