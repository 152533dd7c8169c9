package cn.laurel.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.laurel.org.UnitType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A selection campaign (评选活动) and its campaign-wide configuration. Every change goes through a
 * verb that checks the configuration rules first and refuses the whole change if one breaks.
 * Categories are separate aggregates ({@link Category}) because nominations refer to them.
 */
@Table("campaign")
public class Campaign {

	@Id
	private Long id;

	@Version
	private Long version;

	private String title;

	private String edition;

	private String documentNumber;

	private Long organiserUnitId;

	private String officeNote;

	private CampaignPhase phase;

	private int publicityWorkingDays;

	@Embedded.Empty(prefix = "unit_publicity_")
	private UnitPublicityRule unitPublicity = UnitPublicityRule.NONE;

	private Instant createdAt;

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<CoHost> hosts = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<GroupMember> leadingGroup = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<PhaseWindow> schedule = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<ScoringWeight> scoringWeights = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<NominationLimit> nominationLimits = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<EndorsementStep> endorsementSteps = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<ScopeUnit> scope = new ArrayList<>();

	@PersistenceCreator
	Campaign(Long id, Long version, String title, String edition, String documentNumber, Long organiserUnitId,
			String officeNote, CampaignPhase phase, int publicityWorkingDays, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.edition = edition;
		this.documentNumber = documentNumber;
		this.organiserUnitId = organiserUnitId;
		this.officeNote = officeNote;
		this.phase = phase;
		this.publicityWorkingDays = publicityWorkingDays;
		this.createdAt = createdAt;
	}

	/** A new campaign in preparation, organised by the leading-group office {@code organiserUnitId}. */
	public Campaign(Long organiserUnitId, Basics basics, Instant now) {
		this(null, null, null, null, null, organiserUnitId, null, CampaignPhase.PREPARATION, 0, now);
		describe(basics);
	}

	/** Title, edition, document number, co-hosts, the office and the publicity period. */
	public record Basics(String title, String edition, String documentNumber, List<String> hosts, String officeNote,
			int publicityWorkingDays) {

		public Basics {
			hosts = hosts == null ? List.of() : hosts.stream().filter(h -> h != null && !h.isBlank())
				.map(String::trim).toList();
		}

	}

	void describe(Basics basics) {
		CampaignRefused.throwIfAny(CampaignRules.basics(basics));
		this.title = basics.title().trim();
		this.edition = trimToNull(basics.edition());
		this.documentNumber = trimToNull(basics.documentNumber());
		this.officeNote = trimToNull(basics.officeNote());
		this.publicityWorkingDays = basics.publicityWorkingDays();
		this.hosts = new ArrayList<>(basics.hosts().stream().map(CoHost::new).toList());
	}

	void appointLeadingGroup(List<GroupMember> members) {
		CampaignRefused.throwIfAny(CampaignRules.leadingGroup(members));
		this.leadingGroup = new ArrayList<>(members);
	}

	/** Sets the phases and their days; a phase the campaign has reached cannot be dropped any more. */
	void schedule(List<PhaseWindow> windows) {
		List<Violation> violations = new ArrayList<>(CampaignRules.schedule(windows));
		this.schedule.stream()
			.map(PhaseWindow::phase)
			.filter(phase -> phase.compareTo(this.phase) <= 0)
			.filter(phase -> windows.stream().noneMatch(window -> window.phase() == phase))
			.forEach(phase -> violations.add(Violation.of("schedule", "campaign.rule.started-phase-dropped",
					phase.messageKey())));
		CampaignRefused.throwIfAny(violations);
		this.schedule = new ArrayList<>(windows.stream().sorted(Comparator.comparing(PhaseWindow::phase)).toList());
	}

	void weighScoring(List<ScoringWeight> weights) {
		CampaignRefused.throwIfAny(CampaignRules.scoringWeights(weights));
		this.scoringWeights = new ArrayList<>(weights);
	}

	void limitNominations(List<NominationLimit> limits, List<Long> categoryIds) {
		CampaignRefused.throwIfAny(CampaignRules.nominationLimits(limits, categoryIds));
		this.nominationLimits = new ArrayList<>(limits);
	}

	/** Whether nominating units must run their own 公示 before recommending, and for how many working days. */
	void askForUnitPublicity(UnitPublicityRule rule) {
		CampaignRefused.throwIfAny(CampaignRules.unitPublicity(rule));
		this.unitPublicity = rule;
	}

	void defineEndorsementChains(List<EndorsementStep> steps, List<Long> categoryIds) {
		CampaignRefused.throwIfAny(CampaignRules.endorsementChains(steps, categoryIds));
		this.endorsementSteps = new ArrayList<>(steps.stream()
			.sorted(Comparator.comparing(EndorsementStep::unitType)
				.thenComparing(EndorsementStep::categoryId, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingInt(EndorsementStep::stepOrder))
			.toList());
	}

	/** The units that, with everything under them, may nominate; none: the organiser's organisation. */
	void scopeNominations(List<Long> unitIds) {
		this.scope = new ArrayList<>(unitIds.stream().distinct().map(ScopeUnit::new).toList());
	}

	/**
	 * Moves to the next scheduled phase. Refused, with every reason at once, when the campaign is
	 * not ready for it ({@code readiness}), when the current phase's window has not ended and no
	 * reason for closing early is given, or when a guard of another module objects.
	 */
	CampaignPhase advance(LocalDate today, String earlyReason, List<Violation> readiness, List<PhaseGuard> guards) {
		CampaignPhase next = nextPhase().orElseThrow(
				() -> CampaignRefused.notNow(List.of(Violation.of("phase", "campaign.advance.already-closed"))));
		List<Violation> reasons = new ArrayList<>(readiness);
		window(this.phase).filter(current -> !current.isOver(today))
			.filter(current -> earlyReason == null || earlyReason.isBlank())
			.ifPresent(current -> reasons.add(Violation.of("reason", "campaign.advance.window-still-open",
					current.endsOn().toString())));
		for (PhaseGuard guard : guards) {
			reasons.addAll(guard.check(this, this.phase, next, earlyReason));
		}
		if (!reasons.isEmpty()) {
			throw CampaignRefused.notNow(reasons);
		}
		this.phase = next;
		return next;
	}

	/** The phase after the current one among those scheduled; {@code CLOSED} after the last. */
	public Optional<CampaignPhase> nextPhase() {
		if (this.phase == CampaignPhase.CLOSED) {
			return Optional.empty();
		}
		return Optional.of(this.schedule.stream()
			.map(PhaseWindow::phase)
			.filter(scheduled -> scheduled.compareTo(this.phase) > 0)
			.min(Comparator.naturalOrder())
			.orElse(CampaignPhase.CLOSED));
	}

	public Optional<PhaseWindow> window(CampaignPhase phase) {
		return this.schedule.stream().filter(window -> window.phase() == phase).findFirst();
	}

	public boolean schedules(CampaignPhase phase) {
		return window(phase).isPresent();
	}

	/**
	 * The chain nominations of units of {@code type} in category {@code categoryId} walk, in order: the category's own
	 * chain for that unit type if it has one, else the campaign-wide one; empty if neither is configured.
	 */
	public List<EndorsementStep> chainFor(UnitType type, Long categoryId) {
		List<EndorsementStep> ofType = this.endorsementSteps.stream().filter(step -> step.unitType() == type).toList();
		List<EndorsementStep> own = ofType.stream().filter(step -> step.belongsTo(categoryId)).toList();
		return own.isEmpty() ? ofType.stream().filter(step -> step.categoryId() == null).toList() : own;
	}

	public CampaignSnapshot snapshot() {
		return new CampaignSnapshot(this.id, this.title, this.edition, this.documentNumber, this.organiserUnitId,
				this.officeNote, this.phase, this.publicityWorkingDays,
				this.hosts.stream().map(CoHost::name).toList(), List.copyOf(this.leadingGroup),
				List.copyOf(this.schedule), List.copyOf(this.scoringWeights), List.copyOf(this.nominationLimits),
				List.copyOf(this.endorsementSteps), getScopeUnitIds(), getUnitPublicity());
	}

	private static String trimToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getTitle() {
		return this.title;
	}

	public String getEdition() {
		return this.edition;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	/** The units chosen as the nominating scope (see {@link NominatingScope}); empty when none was chosen. */
	public List<Long> getScopeUnitIds() {
		return this.scope.stream().map(ScopeUnit::unitId).toList();
	}

	public Long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public String getOfficeNote() {
		return this.officeNote;
	}

	public CampaignPhase getPhase() {
		return this.phase;
	}

	public int getPublicityWorkingDays() {
		return this.publicityWorkingDays;
	}

	/** The 公示 a nominating unit runs before it recommends; {@link UnitPublicityRule#NONE} when not asked for. */
	public UnitPublicityRule getUnitPublicity() {
		return this.unitPublicity == null ? UnitPublicityRule.NONE : this.unitPublicity;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<String> getHosts() {
		return this.hosts.stream().map(CoHost::name).toList();
	}

	public List<GroupMember> getLeadingGroup() {
		return List.copyOf(this.leadingGroup);
	}

	public List<PhaseWindow> getSchedule() {
		return List.copyOf(this.schedule);
	}

	public List<ScoringWeight> getScoringWeights() {
		return List.copyOf(this.scoringWeights);
	}

	public List<NominationLimit> getNominationLimits() {
		return List.copyOf(this.nominationLimits);
	}

	public List<EndorsementStep> getEndorsementSteps() {
		return List.copyOf(this.endorsementSteps);
	}

}
