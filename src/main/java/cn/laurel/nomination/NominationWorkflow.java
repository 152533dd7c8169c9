package cn.laurel.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verbs of a nomination's life, each checking who acts: the clerk drafts, uploads and submits;
 * the endorser at the waiting step signs; the organiser clears flags and decides 初审. A refusal
 * never loses what was typed: answers are saved before submission is checked.
 */
@Service
public class NominationWorkflow {

	private final Nominations nominations;

	private final NominationFiles files;

	private final NominationAccess access;

	private final Campaigns campaigns;

	private final Categories categories;

	private final FormVersions forms;

	private final Units units;

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	private final WorkingDays workingDays;

	private final Clock clock;

	/** The most pixels an uploaded image may have; its header is read before it is decoded. */
	private final long maxPixels;

	NominationWorkflow(Nominations nominations, NominationFiles files, NominationAccess access, Campaigns campaigns,
			Categories categories, FormVersions forms, Units units, PersonalData personalData,
			ApplicationEventPublisher events, WorkingDays workingDays, Clock clock,
			@Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.nominations = nominations;
		this.files = files;
		this.access = access;
		this.campaigns = campaigns;
		this.categories = categories;
		this.forms = forms;
		this.units = units;
		this.personalData = personalData;
		this.events = events;
		this.workingDays = workingDays;
		this.clock = clock;
		this.maxPixels = maxPixels;
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
				user.getUsername(), now());
		return store(draft);
	}

	/**
	 * The clerk throws away a draft that never left their desk (a form started by mistake). Nobody else has
	 * seen it, so it goes with its answers and files; the audit trail keeps that it existed and who removed it.
	 */
	@Transactional
	public void discardDraft(long id) {
		Nomination nomination = visible(id, this.access::canEdit);
		if (nomination.getStatus() != NominationStatus.DRAFT) {
			throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", "discard",
					nomination.getStatus().messageKey())));
		}
		this.nominations.delete(id);
		this.events.publishEvent(new NominationEvents.Changed("nomination.draft-discarded", id,
				nomination.getCampaignId(), NominationStatus.DRAFT, null, null));
	}

	/** Saves the clerk's answers as they are, however incomplete. */
	@Transactional
	public Nomination saveDraft(long id, Revision revision) {
		Nomination nomination = editable(id);
		nomination.revise(revision.answers(), revision.segment(), revision.shareCapped(), revision.declarations(),
				revision.unitPublicity());
		return store(nomination);
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
		FormDefinition form = form(nomination);
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
				attachments, siblings, tree, placed, this::lastWorkingDay, today());
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
		nomination.submit(chain, flags, personKey, actor(), now());
		store(nomination);
		for (Long other : samePerson) {
			this.nominations.findById(other).ifPresent(duplicate -> {
				duplicate.flagDuplicateOf(id);
				this.nominations.save(duplicate, now());
			});
		}
		return List.of();
	}

	/** Attaches a file after checking what its bytes are and its size. */
	@Transactional
	public StoredFile attach(long id, FilePurpose purpose, String fileName, byte[] bytes) {
		Nomination nomination = find(id);
		boolean allowed = (purpose.isClerks() && this.access.canEdit(nomination) && nomination.getStatus().isEditable())
				|| (purpose.isEndorsers() && this.access.canEndorse(nomination));
		if (!allowed) {
			throw new NominationNotFound(id);
		}
		FormDefinition form = form(nomination);
		if (purpose == FilePurpose.PHOTO && photos(id) >= form.photos().max()) {
			throw new NominationRefused(List.of(Violation.of("photos", "nomination.rule.photo-count",
					form.photos().min(), form.photos().max(), photos(id) + 1)));
		}
		String name = fileName == null || fileName.isBlank() ? purpose.name().toLowerCase() : fileName.strip();
		long fileId = checkAndStore(id, form, purpose, name, bytes);
		return this.files.of(id).stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
	}

	/** Stores a file once its bytes pass the checks of {@code purpose} on {@code form}; returns its id. */
	private long checkAndStore(long id, FormDefinition form, FilePurpose purpose, String name, byte[] bytes) {
		UploadCheck.Accepted accepted = UploadCheck.check(purpose, name, bytes, form.photos().portrait(),
				this.maxPixels);
		return this.files.store(id, purpose, name, accepted, bytes, actor(), now());
	}

	@Transactional
	/** Removes one of the clerk's own files; a seal an endorser attached is not theirs to remove. */
	public void detach(long id, long fileId) {
		Nomination nomination = editable(id);
		boolean clerks = this.files.of(id).stream().anyMatch(f -> f.id() == fileId && f.purpose().isClerks());
		if (!clerks || !this.files.delete(nomination.getId(), fileId)) {
			throw new NominationNotFound(id);
		}
	}

	/** The endorser at the waiting step signs their opinion. */
	@Transactional
	public Nomination endorse(long id, Nomination.Opinion opinion) {
		Nomination nomination = find(id);
		if (!this.access.canEndorse(nomination)) {
			throw new NominationNotFound(id);
		}
		requireStage(campaignOf(nomination), CampaignAction.ENDORSE);
		if (opinion.sealFileId() != null && this.files.of(id).stream()
			.noneMatch(f -> f.id() == opinion.sealFileId() && f.purpose() == FilePurpose.SEAL)) {
			throw new NominationRefused(List.of(Violation.of("seal", "nomination.rule.seal-required")));
		}
		boolean consulted = this.files.of(id).stream().anyMatch(f -> f.purpose() == FilePurpose.OPINION_FORM);
		nomination.endorse(opinion, consulted, NominationAccess.currentUser().accountId(), actor(), now());
		return store(nomination);
	}

	@Transactional
	public Nomination clearFlag(long id, int flagIndex, String reason) {
		return preliminaryReview(id, nomination -> nomination.clearFlag(flagIndex, reason, actor(), now()));
	}

	@Transactional
	public Nomination pass(long id) {
		return preliminaryReview(id, nomination -> nomination.pass(actor(), now()));
	}

	@Transactional
	public Nomination returnForRevision(long id, String reason) {
		return preliminaryReview(id, nomination -> nomination.returnForRevision(reason, actor(), now()));
	}

	@Transactional
	public Nomination reject(long id, String reason) {
		return preliminaryReview(id, nomination -> nomination.reject(reason, actor(), now()));
	}

	/**
	 * The decision (审定) honours its candidates: they become 已表彰, in the decision's transaction. The decision was
	 * authorised where it was made; a nomination that is no longer a candidate is left as it is.
	 */
	@EventListener
	@Transactional
	void honour(HonourDecision decision) {
		for (long id : decision.honouredNominationIds()) {
			this.nominations.findById(id)
				.filter(nomination -> nomination.getStatus() == NominationStatus.CANDIDATE)
				.ifPresent(nomination -> {
					nomination.honour(actor(), now());
					store(nomination);
				});
		}
	}

	/** Withdraws a candidate (e.g. after an upheld objection); the organiser's verb. */
	@Transactional
	public Nomination withdraw(long id, String reason) {
		return review(id, nomination -> nomination.withdraw(reason, actor(), now()));
	}

	/**
	 * The organiser of the category's campaign takes in a nomination recommended from elsewhere (a verified
	 * package of another campaign's result) on the category's current form, nominated by {@code unitId}. Answers
	 * to fields the form does not have are dropped; the form's first field (the name) falls back to
	 * {@code nominee}. It waits at 初审; {@code source} goes into its history. Its {@code photos} are checked as
	 * uploads to the form are, and those the form does not take are left for 初审 to ask for.
	 */
	@Transactional
	public Nomination importNomination(long categoryId, long unitId, Answers answers, String nominee, String source,
			List<Photo> photos) {
		Category category = this.categories.findById(categoryId).orElseThrow(() -> new NominationNotFound(categoryId));
		if (!this.access.canReviewCampaign(category.getCampaignId())) {
			throw new NominationNotFound(categoryId);
		}
		Unit unit = this.units.findById(unitId).orElseThrow(() -> new NominationNotFound(unitId));
		var current = this.forms.current(categoryId)
			.orElseThrow(() -> new NominationRefused(List.of(Violation.of("form", "nomination.rule.no-form"))));
		FormDefinition form = current.definition();
		Answers kept = answers.only(form.fields().stream().map(FormDefinition.Field::key).collect(Collectors.toSet()));
		if (!form.fields().isEmpty() && kept.value(form.fields().get(0).key()).isBlank()) {
			Map<String, String> named = new LinkedHashMap<>(kept.values());
			named.put(form.fields().get(0).key(), nominee);
			kept = new Answers(named, kept.tables());
		}
		Nomination imported = store(Nomination.imported(category.getCampaignId(), categoryId, unit.getId(),
				current.version(), kept, source, actor(), now()));
		int stored = 0;
		for (Photo photo : photos) {
			if (stored == form.photos().max()) {
				break;
			}
			try {
				checkAndStore(imported.getId(), form, FilePurpose.PHOTO, photo.fileName(), photo.bytes());
				stored++;
			}
			catch (NominationRefused refused) {
				// not the kind of photo this form takes (a 2-inch portrait, say): 初审 asks the unit for one
			}
		}
		return imported;
	}

	/** A nomination's photo as it travels between campaigns. */
	public record Photo(String fileName, byte[] bytes) {
	}

	/**
	 * The nomination's photos for a filing package, in upload order: JPEGs at most 2000 px a side without the
	 * originals' metadata.
	 */
	@Transactional(readOnly = true)
	public List<Photo> photosForFiling(long id) {
		Nomination nomination = read(id);
		return this.files.of(nomination.getId())
			.stream()
			.filter(file -> file.purpose() == FilePurpose.PHOTO)
			.map(file -> this.files.content(nomination.getId(), file.id(), false).orElseThrow().withoutMetadata())
			.map(content -> new Photo(content.fileName(), content.bytes()))
			.toList();
	}

	/**
	 * The thumbnail of a nomination's first photo (a JPEG re-encoded at upload, so it carries no metadata of the
	 * original), without asking who is signed in: for public pages that have already established that the
	 * nominee is shown to everyone, such as a published honour roll.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> publicPhoto(long nominationId) {
		return this.files.of(nominationId)
			.stream()
			.filter(f -> f.purpose() == FilePurpose.PHOTO && f.hasThumbnail())
			.findFirst()
			.flatMap(f -> this.files.content(nominationId, f.id(), true))
			.map(NominationFiles.Content::bytes);
	}

	/** A nomination the current user may read. */
	@Transactional(readOnly = true)
	public Nomination read(long id) {
		return visible(id, this.access::canRead);
	}

	@Transactional(readOnly = true)
	public List<StoredFile> filesOf(long id) {
		return this.files.of(read(id).getId());
	}

	/** A file of a nomination the current user may read; an image as uploaded only to its own unit. */
	@Transactional(readOnly = true)
	public NominationFiles.Content file(long id, long fileId, boolean thumbnail) {
		Nomination nomination = read(id);
		NominationFiles.Content content = this.files.content(nomination.getId(), fileId, thumbnail)
			.orElseThrow(() -> new NominationNotFound(id));
		return thumbnail || this.access.isOwnUnit(nomination) ? content : content.withoutMetadata();
	}

	/** The form version the nomination was created on. */
	@Transactional(readOnly = true)
	public FormDefinition formOf(Nomination nomination) {
		return form(nomination);
	}

	public boolean canEdit(Nomination nomination) {
		return this.access.canEdit(nomination) && nomination.getStatus().isEditable();
	}

	public boolean canEndorse(Nomination nomination) {
		return this.access.canEndorse(nomination);
	}

	public boolean canReview(Nomination nomination) {
		return this.access.canReview(nomination);
	}

	/**
	 * The campaigns the clerk's unit may start drafts in (preparing or taking nominations, the unit within
	 * their nominating scope), newest first.
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
		return this.nominations.summaries("n.unit_id = :unit", Map.of("unit", user.unitId()));
	}

	/** What waits at the current endorser's step in their unit. */
	@Transactional(readOnly = true)
	public List<NominationSummary> waitingForMe() {
		LaurelUser user = requireRole(Role.ENDORSER);
		return this.nominations.summaries(
				"n.status = 'ENDORSING' and n.waiting_unit_id = :unit and n.waiting_capacity = :capacity",
				Map.of("unit", user.unitId(), "capacity", user.capacity().name()));
	}

	/** Every nomination of a campaign that left the drafting desk, for its organiser. */
	@Transactional(readOnly = true)
	public List<NominationSummary> ofCampaign(long campaignId) {
		if (!this.access.canReviewCampaign(campaignId)) {
			throw new NominationNotFound(campaignId);
		}
		return summariesOf(campaignId);
	}

	/**
	 * Every nomination of a campaign without asking who is signed in, for scheduled work that runs
	 * as nobody (reminders). Summaries carry no answers; never show them to a user unchecked.
	 */
	@Transactional(readOnly = true)
	public List<NominationSummary> summariesOf(long campaignId) {
		return this.nominations.summaries("n.campaign_id = :campaign", Map.of("campaign", campaignId));
	}

	/** A verb of 初审, in the phases it belongs to. */
	private Nomination preliminaryReview(long id, Consumer<Nomination> verb) {
		return review(id, nomination -> {
			requireStage(campaignOf(nomination), CampaignAction.REVIEW);
			verb.accept(nomination);
		});
	}

	private Nomination review(long id, Consumer<Nomination> verb) {
		Nomination nomination = visible(id, this.access::canReview);
		verb.accept(nomination);
		return store(nomination);
	}

	private Nomination editable(long id) {
		Nomination nomination = visible(id, this.access::canEdit);
		if (!nomination.getStatus().isEditable()) {
			throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", "revise",
					nomination.getStatus().messageKey())));
		}
		return nomination;
	}

	private Nomination visible(long id, Predicate<Nomination> rule) {
		Nomination nomination = find(id);
		if (!rule.test(nomination)) {
			throw new NominationNotFound(id);
		}
		return nomination;
	}

	private Campaign campaignOf(Nomination nomination) {
		return this.campaigns.findById(nomination.getCampaignId()).orElseThrow();
	}

	private static void requireStage(Campaign campaign, CampaignAction action) {
		action.refusalIn(campaign).ifPresent(refusal -> {
			throw new NominationRefused(List.of(refusal));
		});
	}

	private Nomination find(long id) {
		return this.nominations.findById(id).orElseThrow(() -> new NominationNotFound(id));
	}

	private Nomination store(Nomination nomination) {
		Nomination saved = this.nominations.save(nomination, now());
		saved.events().forEach(this.events::publishEvent);
		saved.transitions(saved.nomineeOn(form(saved))).forEach(this.events::publishEvent);
		return saved;
	}

	private FormDefinition form(Nomination nomination) {
		return this.nominations.form(nomination.getCategoryId(), nomination.getFormVersion());
	}

	private long photos(long id) {
		return this.files.of(id).stream().filter(f -> f.purpose() == FilePurpose.PHOTO).count();
	}

	private static EnumSet<NominationStatus> countedStatuses() {
		EnumSet<NominationStatus> counted = EnumSet.noneOf(NominationStatus.class);
		for (NominationStatus status : NominationStatus.values()) {
			if (status.countsAgainstLimits()) {
				counted.add(status);
			}
		}
		return counted;
	}

	private static LaurelUser requireRole(Role role) {
		LaurelUser user = NominationAccess.currentUser();
		if (user == null || !user.is(role) || user.unitId() == null) {
			throw new NominationNotFound(0);
		}
		return user;
	}

	private static String actor() {
		return Optional.ofNullable(NominationAccess.currentUser()).map(LaurelUser::getUsername).orElse("system");
	}

	/** The last day of a unit's 公示 of {@code days} working days from {@code start}, on the working-day calendar. */
	private LocalDate lastWorkingDay(LocalDate start, int days) {
		return this.workingDays.end(start, days).end();
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

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
