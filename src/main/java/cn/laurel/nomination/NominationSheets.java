package cn.laurel.nomination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition.FieldType;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.documents.NominationSheet;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.system.PersonalData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a nomination into the sheet its Word form prints: the answers laid out as the form's print layout says
 * (else in the form's order), the photos, and one opinion row per step of its chain, filled from the endorsements
 * of the current round. A draft has no chain yet, so it prints the steps its unit's chain will have, blank: seeds
 * 000 and 003 want the signed and sealed form scanned before submission. Personal answers are masked for readers
 * who are neither its unit's clerk nor the organiser.
 */
@Component
public class NominationSheets {

	/** Answers longer than this no longer share a row with the next short field. */
	private static final int SHORT_ANSWER = 16;

	private final NominationReader reader;

	private final Campaigns campaigns;

	private final Categories categories;

	private final NominationAccess access;

	private final Units units;

	private final MessageSource messages;

	NominationSheets(NominationReader reader, Campaigns campaigns, Categories categories, NominationAccess access,
			Units units, MessageSource messages) {
		this.reader = reader;
		this.campaigns = campaigns;
		this.categories = categories;
		this.access = access;
		this.units = units;
		this.messages = messages;
	}

	/** The Word form's sheet of a nomination the current user may read (the organiser's is unmasked). */
	public NominationSheet of(long nominationId, Locale locale) {
		return of(this.reader.read(nominationId), locale);
	}

	NominationSheet of(Nomination nomination, Locale locale) {
		return of(nomination, locale, this.access.canEdit(nomination) || this.access.canReview(nomination));
	}

	/**
	 * The sheet of a nomination the current user may read as it leaves the office (a filing package): personal
	 * fields masked whoever asks, as in every other copy that goes out.
	 */
	public NominationSheet outgoing(long nominationId, Locale locale) {
		return of(this.reader.read(nominationId), locale, false);
	}

	private NominationSheet of(Nomination nomination, Locale locale, boolean unmasked) {
		FormDefinition form = this.reader.formOf(nomination);
		FormDefinition.Print print = form.print();
		Category category = this.categories.findById(nomination.getCategoryId()).orElseThrow();
		List<String> closing = present(form, print.closing());
		List<NominationSheet.Entry> body = body(form, closing, nomination.getAnswers(), unmasked, locale);
		List<NominationSheet.Photo> photos = new ArrayList<>();
		for (StoredFile file : this.reader.filesOf(nomination.getId())) {
			if (file.purpose() == FilePurpose.PHOTO) {
				StoredFile.Content content = this.reader.file(nomination.getId(), file.id(), false);
				photos.add(new NominationSheet.Photo(content.bytes(), content.contentType()));
			}
		}
		boolean photoCell = form.photos().portrait() || print.photoCell() != null;
		NominationSheet.Photo portrait = photoCell && !photos.isEmpty() ? photos.remove(0) : null;
		Unit unit = this.units.findById(nomination.getUnitId()).orElseThrow();
		List<NominationSheet.Opinion> opinions = opinions(nomination, unit, locale);
		print.approvals().forEach(title -> opinions.add(blank(title, true)));
		List<NominationSheet.Entry> closingRows = closing.stream()
			.map(key -> entry(form.field(key), null, nomination.getAnswers(), unmasked, locale))
			.toList();
		FormDefinition.Cover cover = print.cover();
		NominationSheet.Frame frame = new NominationSheet.Frame(print.heading(), print.photoCell(),
				Set.copyOf(print.sideBySide()), closingRows,
				cover == null ? null : new NominationSheet.Cover(cover.title(), cover.nameLabel(), cover.notes()));
		return new NominationSheet(form.title(), unit.getName(), category.getName(), name(nomination, form, locale),
				body, portrait, photos, opinions, frame);
	}

	/**
	 * The answers row by row as the print layout places them, the fields of a group gathered under its label; a
	 * laid-out row of two pairs its answers whatever their length, one alone spans the table.
	 */
	private List<NominationSheet.Entry> body(FormDefinition form, List<String> closing, Answers answers,
			boolean unmasked, Locale locale) {
		FormDefinition.Print print = form.print();
		boolean laidOut = !print.rows().isEmpty();
		List<NominationSheet.Entry> body = new ArrayList<>();
		List<NominationSheet.Field> grouped = new ArrayList<>();
		String group = null;
		for (List<String> row : rows(form, closing)) {
			Layout fixed = !laidOut ? null : (row.size() > 1) ? Layout.SHORT : Layout.WIDE;
			Optional<FormDefinition.Group> in = print.groupOf(row.get(0));
			if (!Objects.equals(group, in.map(FormDefinition.Group::label).orElse(null))) {
				close(body, group, grouped);
				group = in.map(FormDefinition.Group::label).orElse(null);
			}
			for (String key : row) {
				NominationSheet.Entry entry = entry(form.field(key), fixed, answers, unmasked, locale);
				if (in.isPresent()) {
					NominationSheet.Field field = (NominationSheet.Field) entry;
					grouped.add(new NominationSheet.Field(in.get().labels().get(key), field.value(), field.layout()));
				}
				else {
					body.add(entry);
				}
			}
		}
		close(body, group, grouped);
		return body;
	}

	/**
	 * The 征求意见表 of a nomination whose chain collects one (seed 002 附件4): the nominee's answers it repeats and
	 * one blank row per department consulted, printed for the departments to sign and seal.
	 */
	public Optional<NominationSheet> consultationOf(long nominationId, Locale locale) {
		Nomination nomination = this.reader.read(nominationId);
		FormDefinition form = this.reader.formOf(nomination);
		FormDefinition.Consultation consultation = form.print().consultation();
		if (consultation == null) {
			return Optional.empty();
		}
		boolean unmasked = this.access.canEdit(nomination) || this.access.canReview(nomination);
		Category category = this.categories.findById(nomination.getCategoryId()).orElseThrow();
		List<NominationSheet.Entry> body = present(form, consultation.fields()).stream()
			.map(key -> entry(form.field(key), null, nomination.getAnswers(), unmasked, locale))
			.toList();
		String unit = this.units.findById(nomination.getUnitId()).map(Unit::getName).orElse("");
		return Optional.of(new NominationSheet(consultation.title(), unit, category.getName(),
				name(nomination, form, locale), body, null,
				List.of(), consultation.opinions().stream().map(title -> blank(title, true)).toList()));
	}

	/**
	 * The keys row by row: the print layout's rows (keys the organiser removed left out), then the fields it does
	 * not place (before {@code closing}), one to a row.
	 */
	private static List<List<String>> rows(FormDefinition form, List<String> closing) {
		List<List<String>> rows = new ArrayList<>();
		Set<String> placed = new HashSet<>(closing);
		for (List<String> row : form.print().rows()) {
			List<String> kept = present(form, row);
			if (!kept.isEmpty()) {
				rows.add(kept);
				placed.addAll(kept);
			}
		}
		for (Field field : form.fields()) {
			if (!placed.contains(field.key())) {
				rows.add(List.of(field.key()));
			}
		}
		return rows;
	}

	/** Ends the group being printed, if any, with the fields gathered in it. */
	private static void close(List<NominationSheet.Entry> body, String group, List<NominationSheet.Field> grouped) {
		if (group != null && !grouped.isEmpty()) {
			body.add(new NominationSheet.Group(group, grouped));
		}
		grouped.clear();
	}

	/** The keys that are fields of the form, in the order given. */
	private static List<String> present(FormDefinition form, List<String> keys) {
		return keys.stream().filter(form::asks).toList();
	}

	/** The answer as printed, in the {@code fixed} layout or, where that is {@code null}, one fitting its length. */
	private NominationSheet.Entry entry(Field field, Layout fixed, Answers answers, boolean unmasked, Locale locale) {
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
				: (fixed != null) ? fixed
				: FormDefinition.countCharacters(value) > SHORT_ANSWER ? Layout.WIDE : Layout.SHORT;
		return new NominationSheet.Field(field.label(), value, layout);
	}

	/**
	 * One row per step of the nomination's chain, filled from the current round's endorsements; before its first
	 * submission, the steps its unit's chain has now.
	 */
	private List<NominationSheet.Opinion> opinions(Nomination nomination, Unit unit, Locale locale) {
		List<NominationSheet.Opinion> opinions = new ArrayList<>();
		if (nomination.getStatus() == NominationStatus.DRAFT) {
			Campaign campaign = this.campaigns.findById(nomination.getCampaignId()).orElseThrow();
			for (EndorsementStep step : campaign.chainFor(unit.getType(), nomination.getCategoryId())) {
				opinions.add(blank(step.title(), step.sealRequired()));
			}
			return opinions;
		}
		for (ChainStep step : nomination.getChain()) {
			Optional<Endorsement> signed = nomination.currentEndorsements().stream()
				.filter(e -> e.stepOrder() == step.stepOrder())
				.findFirst();
			opinions.add(signed
				.map(e -> new NominationSheet.Opinion(step.title(), message(e.verdictKey(), locale), e.opinion(),
						e.signerName(), e.signedOn(), step.sealRequired()))
				.orElseGet(() -> blank(step.title(), step.sealRequired())));
		}
		return opinions;
	}

	/** The answer to the form's first field (姓名, 实事简称, 候选组织名称), or a placeholder while blank. */
	private String name(Nomination nomination, FormDefinition form, Locale locale) {
		return Optional.of(nomination.getAnswers().value(form.fields().get(0).key()))
			.filter(value -> !value.isBlank())
			.orElseGet(() -> message("nomination.sheet.unnamed", locale));
	}

	/** A row to sign on paper. */
	private static NominationSheet.Opinion blank(String title, boolean sealed) {
		return new NominationSheet.Opinion(title, null, null, null, null, sealed);
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
