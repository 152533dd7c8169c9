package cn.laurel.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import cn.laurel.calendar.WorkingDays;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.NominatingScope;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.UnitPublicityRule;
import cn.laurel.campaign.Violation;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitTree;
import cn.laurel.org.Units;
import cn.laurel.system.PersonalData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.laurel.nomination.NominationStore.actor;
import static cn.laurel.nomination.NominationStore.requireRole;
import static cn.laurel.nomination.NominationStore.requireStage;

/**
 * The nominating unit's desk, while nominations are open: the clerk drafts, uploads and submits into the
 * endorsement chain, and submission is checked by the {@link SubmissionPolicy}. A refusal never loses what was
 * typed: answers are saved before submission is checked.
 */
@Service
public class Drafting {

	private final NominationStore store;

	private final Nominations nominations;

	private final NominationFiles files;

	private final NominationAccess access;

	private final Campaigns campaigns;

	private final Categories categories;

	private final FormVersions forms;

	private final Units units;

	private final PersonalData personalData;

	private final WorkingDays workingDays;

	private final Clock clock;

	Drafting(NominationStore store, Nominations nominations, NominationFiles files, NominationAccess access,
			Campaigns campaigns, Categories categories, FormVersions forms, Units units, PersonalData personalData,
			WorkingDays workingDays, Clock clock) {
		this.store = store;
		this.nominations = nominations;
		this.files = files;
		this.access = access;
		this.campaigns = campaigns;
		this.categories = categories;
		this.forms = forms;
		this.units = units;
		this.personalData = personalData;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The clerk starts a draft for their own unit on the category's current form. */
	@Transactional
	public Nomination startDraft(long categoryId) {
		LaurelUser user = requireRole(Role.CLERK);
		Category category = this.categories.findById(categoryId).orElseThrow(() -> new NominationNotFound(categoryId));
		Campaign campaign = this.campaigns.findById(category.getCampaignId()).orElseThrow();
		requireStage(campaign, CampaignAction.DRAFT);
		if (!NominatingScope.of(campaign, this.units.tree()).includes(user.unitId())) {
			throw new NominationRefused(List.of(Violation.of("unit", "nomination.rule.outside-scope")));
		}
		int formVersion = this.forms.current(categoryId)
			.orElseThrow(() -> new NominationRefused(List.of(Violation.of("form", "nomination.rule.no-form"))))
			.version();
		Nomination draft = Nomination.draft(campaign.getId(), categoryId, user.unitId(), formVersion,
				user.getUsername(), this.store.now());
		return this.store.store(draft);
	}

	/**
	 * The clerk throws away a draft that never left their desk (a form started by mistake). Nobody else has
	 * seen it, so it goes with its answers and files; the audit trail keeps that it existed and who removed it.
	 */
	@Transactional
	public void discardDraft(long id) {
		Nomination nomination = this.store.visible(id, this.access::canEdit);
		if (nomination.getStatus() != NominationStatus.DRAFT) {
			throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", "discard",
					nomination.getStatus().messageKey())));
		}
		this.nominations.delete(id);
		this.store.published(new NominationEvents.Changed("nomination.draft-discarded", id,
				nomination.getCampaignId(), NominationStatus.DRAFT, null, null));
	}

	/**
	 * Saves the clerk's answers as they are, however incomplete. Where the form asks whether the nominee is of the
	 * capped kind (是否支部书记), its answer is what the share cap counts.
	 */
	@Transactional
	public Nomination saveDraft(long id, Revision revision) {
		Nomination nomination = editable(id);
		boolean shareCapped = AnsweredEligibility.shareCapped(this.store.form(nomination), revision.answers())
			.orElse(revision.shareCapped());
		nomination.revise(new Filing(revision.answers(), revision.segment(), shareCapped, revision.declarations(),
				revision.unitPublicity()));
		return this.store.store(nomination);
	}

	/** What the clerk typed on the form, with the 公示 their unit ran before recommending. */
	public record Revision(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
			UnitPublicity unitPublicity) {

		public Revision {
			declarations = declarations == null ? List.of() : List.copyOf(declarations);
			unitPublicity = unitPublicity == null ? UnitPublicity.NONE : unitPublicity;
		}

		/** What the clerk typed where the campaign asks for no 公示 of the unit. */
		public Revision(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations) {
			this(answers, segment, shareCapped, declarations, UnitPublicity.NONE);
		}

	}

	/**
	 * Saves the answers, then submits if every submission rule holds. Returns the refusals (empty when
	 * submitted); the answers stay saved either way.
	 */
	@Transactional
	public List<Violation> submit(long id, Revision revision) {
		Nomination nomination = saveDraft(id, revision);
		Campaign campaign = this.campaigns.findById(nomination.getCampaignId()).orElseThrow();
		Category category = this.categories.findById(nomination.getCategoryId()).orElseThrow();
		FormDefinition form = this.store.form(nomination);
		Unit unit = this.units.findById(nomination.getUnitId()).orElseThrow();
		List<StoredFile> attached = this.files.of(id);
		SubmissionPolicy.Attachments attachments = new SubmissionPolicy.Attachments(
				(int) attached.stream().filter(f -> f.purpose() == FilePurpose.PHOTO).count(),
				attached.stream().anyMatch(f -> f.purpose() == FilePurpose.SEALED_SCAN),
				attached.stream().anyMatch(f -> f.purpose() == FilePurpose.UNIT_PUBLICITY_PROOF));
		List<SubmissionPolicy.Sibling> siblings = this.nominations.siblings(campaign.getId(), unit.getId(), id,
				countedStatuses());
		UnitTree tree = this.units.tree();
		List<SubmissionPolicy.Placed> placed = campaign.getNominationLimits()
			.stream()
			.anyMatch(NominationLimit::countsUnitsBelow)
				? this.nominations.placed(campaign.getId(), id, countedStatuses()) : List.of();
		SubmissionPolicy.Outcome outcome = SubmissionPolicy.check(nomination, campaign, category, form, unit,
				attachments, siblings, tree, placed, this::lastWorkingDay, LocalDate.now(this.clock));
		List<Violation> refusals = new ArrayList<>(outcome.refusals());
		if (!NominatingScope.of(campaign, tree).includes(unit.getId())) {
			// the organiser narrowed the scope after the draft was started
			refusals.add(Violation.of("unit", "nomination.rule.outside-scope"));
		}
		List<ChainStep> chain = SubmissionPolicy.chain(campaign, category, unit, tree, refusals);
		if (!refusals.isEmpty()) {
			return refusals;
		}
		String personKey = PersonKeys.of(form, nomination.getAnswers(), unit.getId()).map(this.personalData::keyedHash)
			.orElse(null);
		List<Flag> flags = new ArrayList<>(outcome.flags());
		List<Long> samePerson = personKey == null ? List.of()
				: this.nominations.samePerson(campaign.getId(), personKey, id);
		samePerson.forEach(other -> flags.add(Flag.duplicateOf(other)));
		nomination.submit(chain, flags, personKey, actor(), this.store.now());
		this.store.store(nomination);
		for (Long other : samePerson) {
			this.nominations.findById(other).ifPresent(duplicate -> {
				duplicate.flagDuplicateOf(id);
				this.nominations.save(duplicate, this.store.now());
			});
		}
		return List.of();
	}

	/** Attaches a file after checking what its bytes are and its size. */
	@Transactional
	public StoredFile attach(long id, FilePurpose purpose, String fileName, byte[] bytes) {
		Nomination nomination = this.store.find(id);
		boolean allowed = (purpose.isClerks() && this.access.canEdit(nomination) && nomination.getStatus().isEditable())
				|| (purpose.isEndorsers() && this.access.canEndorse(nomination));
		if (!allowed) {
			throw new NominationNotFound(id);
		}
		FormDefinition form = this.store.form(nomination);
		long photos = this.files.of(id).stream().filter(f -> f.purpose() == FilePurpose.PHOTO).count();
		if (purpose == FilePurpose.PHOTO && photos >= form.photos().max()) {
			throw new NominationRefused(List.of(Violation.of("photos", "nomination.rule.photo-count",
					form.photos().min(), form.photos().max(), photos + 1)));
		}
		String name = fileName == null || fileName.isBlank() ? purpose.name().toLowerCase() : fileName.strip();
		long fileId = this.store.storeChecked(id, form, purpose, name, bytes);
		return this.files.of(id).stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
	}

	/** Removes one of the clerk's own files; a seal an endorser attached is not theirs to remove. */
	@Transactional
	public void detach(long id, long fileId) {
		Nomination nomination = editable(id);
		boolean clerks = this.files.of(id).stream().anyMatch(f -> f.id() == fileId && f.purpose().isClerks());
		if (!clerks || !this.files.delete(nomination.getId(), fileId)) {
			throw new NominationNotFound(id);
		}
	}

	/**
	 * The campaigns the clerk's unit may start drafts in (taking nominations, the unit within their nominating
	 * scope), newest first.
	 */
	@Transactional(readOnly = true)
	public List<Campaign> draftingCampaigns() {
		LaurelUser user = requireRole(Role.CLERK);
		UnitTree tree = this.units.tree();
		return this.campaigns.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter(campaign -> CampaignAction.DRAFT.allowedIn(campaign.getPhase()))
			.filter(campaign -> NominatingScope.of(campaign, tree).includes(user.unitId()))
			.toList();
	}

	/** The clerk's own unit's nominations. */
	@Transactional(readOnly = true)
	public List<NominationSummary> ofMyUnit() {
		LaurelUser user = requireRole(Role.CLERK);
		return this.nominations.summaries(NominationQuery.ofUnit(user.unitId()));
	}

	/**
	 * The last day of the unit's 公示 and the day from which the nomination may be submitted, where the campaign
	 * asks for the unit's 公示 and its start is given.
	 */
	@Transactional(readOnly = true)
	public Optional<UnitPublicityPeriod> unitPublicityPeriod(Nomination nomination, Campaign campaign) {
		UnitPublicityRule rule = campaign.getUnitPublicity();
		LocalDate startsOn = nomination.getUnitPublicity().startsOn();
		if (!rule.required() || startsOn == null || startsOn.getYear() < 2000) {
			return Optional.empty();
		}
		LocalDate lastDay = lastWorkingDay(startsOn, rule.workingDays());
		return Optional.of(new UnitPublicityPeriod(startsOn, rule.workingDays(), lastDay, lastDay.plusDays(1)));
	}

	/** A unit's 公示 on the working-day calendar. */
	public record UnitPublicityPeriod(LocalDate startsOn, int workingDays, LocalDate lastDay, LocalDate submittableFrom) {
	}

	/** The last day of a unit's 公示 of {@code days} working days from {@code start}, on the working-day calendar. */
	private LocalDate lastWorkingDay(LocalDate start, int days) {
		return this.workingDays.end(start, days).end();
	}

	private Nomination editable(long id) {
		Nomination nomination = this.store.visible(id, this.access::canEdit);
		if (!nomination.getStatus().isEditable()) {
			throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", "revise",
					nomination.getStatus().messageKey())));
		}
		return nomination;
	}

	/** The statuses that take a place under the unit's nomination limits. */
	private static EnumSet<NominationStatus> countedStatuses() {
		EnumSet<NominationStatus> counted = EnumSet.noneOf(NominationStatus.class);
		for (NominationStatus status : NominationStatus.values()) {
			if (status.countsAgainstLimits()) {
				counted.add(status);
			}
		}
		return counted;
	}

}
