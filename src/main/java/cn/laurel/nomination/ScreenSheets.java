package cn.laurel.nomination;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/**
 * Puts together the read-only sheet of a nomination as the pages show it to the current user.
 * Personal answers (身份证号, phones, home addresses) are shown whole only to the clerk of the
 * nominating unit, who typed them; everybody else reads them masked on screen. (The printed Word
 * form of {@link NominationSheets} is the organiser's too.)
 */
@Component
public class ScreenSheets {

	private final NominationReader reader;

	private final Drafting drafting;

	private final NominationAccess access;

	private final Campaigns campaigns;

	private final Categories categories;

	private final Units units;

	private final StepTrackers trackers;

	ScreenSheets(NominationReader reader, Drafting drafting, NominationAccess access, Campaigns campaigns,
			Categories categories, Units units, StepTrackers trackers) {
		this.reader = reader;
		this.drafting = drafting;
		this.access = access;
		this.campaigns = campaigns;
		this.categories = categories;
		this.units = units;
		this.trackers = trackers;
	}

	/** The sheet of a nomination the current user may read ({@link NominationReader#read}). */
	public Sheet of(Nomination nomination) {
		FormDefinition form = this.reader.formOf(nomination);
		boolean personalShown = this.access.canEdit(nomination);
		Answers answers = personalShown ? nomination.getAnswers() : masked(form, nomination.getAnswers());
		Set<Long> unitIds = new LinkedHashSet<>();
		unitIds.add(nomination.getUnitId());
		nomination.getEndorsements().forEach(endorsement -> unitIds.add(endorsement.endorserUnitId()));
		Map<Long, String> unitNames = new LinkedHashMap<>();
		this.units.findAllById(unitIds).forEach(unit -> unitNames.put(unit.getId(), unit.getName()));
		Campaign campaign = this.campaigns.findById(nomination.getCampaignId()).orElseThrow();
		return new Sheet(nomination, campaign, this.categories.findById(nomination.getCategoryId()).orElseThrow(),
				form, answers, personalShown, this.reader.filesOf(nomination.getId()), unitNames,
				this.drafting.unitPublicityPeriod(nomination, campaign).orElse(null),
				this.trackers.of(nomination, campaign));
	}

	/** Masks each personal answer by what it is: an ID number, a phone, or else an address. */
	private static Answers masked(FormDefinition form, Answers answers) {
		Map<String, String> values = new LinkedHashMap<>(answers.values());
		Map<String, List<List<String>>> tables = new LinkedHashMap<>(answers.tables());
		for (Field field : form.fields()) {
			if (!field.personal()) {
				continue;
			}
			values.computeIfPresent(field.key(), (key, value) -> NominationSheets.masked(field, value));
			tables.computeIfPresent(field.key(), (key, rows) -> rows.stream()
				.map(row -> row.stream().map(cell -> NominationSheets.masked(field, cell)).toList())
				.toList());
		}
		return new Answers(values, tables);
	}

}
