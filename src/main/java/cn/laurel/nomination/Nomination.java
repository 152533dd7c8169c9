package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.Violation;
import cn.laurel.org.Capacity;

/**
 * A unit's nomination of a person, a deed or project, or an organisation in one category of a
 * campaign: its answers on the form version current when it was created, its walk through the
 * endorsement chain, the flags the office must clear and its whole history. Each verb checks the
 * status it may be used in and records what happened; the service publishes {@link #events()}.
 */
public class Nomination {

	/** History actions that bring a nomination to a step of its chain. */
	private static final Set<String> ARRIVALS = Set.of("submitted", "resubmitted", "endorsed");

	private final Long id;

	private final long version;

	private final long campaignId;

	private final long categoryId;

	private final long unitId;

	private final int formVersion;

	private NominationStatus status;

	private Answers answers;

	private String segment;

	private boolean shareCapped;

	private List<Declaration> declarations;

	private String personKey;

	private int round;

	private List<ChainStep> chain;

	private int waitingStep;

	private final List<Endorsement> endorsements;

	private final List<Flag> flags;

	private final List<HistoryEntry> history;

	private final String createdBy;

	private final Instant createdAt;

	private Instant submittedAt;

	private UnitPublicity unitPublicity;

	private final transient List<NominationEvents.Changed> events = new ArrayList<>();

	/** What happened to whom, once the subject (its id, its nominee) is known after saving. */
	private final transient List<Function<NominationEvents.Subject, NominationEvents.Transition>> transitions = new ArrayList<>();

	Nomination(Long id, long version, long campaignId, long categoryId, long unitId, int formVersion,
			NominationStatus status, Answers answers, String segment, boolean shareCapped,
			List<Declaration> declarations, String personKey, int round, List<ChainStep> chain, int waitingStep,
			List<Endorsement> endorsements, List<Flag> flags, List<HistoryEntry> history, String createdBy,
			Instant createdAt, Instant submittedAt, UnitPublicity unitPublicity) {
		this.id = id;
		this.version = version;
		this.campaignId = campaignId;
		this.categoryId = categoryId;
		this.unitId = unitId;
		this.formVersion = formVersion;
		this.status = status;
		this.answers = answers;
		this.segment = segment;
		this.shareCapped = shareCapped;
		this.declarations = List.copyOf(declarations);
		this.personKey = personKey;
		this.round = round;
		this.chain = List.copyOf(chain);
		this.waitingStep = waitingStep;
		this.endorsements = new ArrayList<>(endorsements);
		this.flags = new ArrayList<>(flags);
		this.history = new ArrayList<>(history);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
		this.unitPublicity = unitPublicity == null ? UnitPublicity.NONE : unitPublicity;
	}

	/** A new draft filled on {@code formVersion} of the category's form. */
	static Nomination draft(long campaignId, long categoryId, long unitId, int formVersion, String createdBy,
			Instant now) {
		Nomination nomination = new Nomination(null, 0, campaignId, categoryId, unitId, formVersion,
				NominationStatus.DRAFT, Answers.empty(), null, false, List.of(), null, 0, List.of(), 0, List.of(),
				List.of(), List.of(), createdBy, now, null, UnitPublicity.NONE);
		nomination.record("created", createdBy, now, null, NominationStatus.DRAFT, null);
		return nomination;
	}

	/**
	 * A nomination arriving from another campaign's signed result (逐级推荐): it was endorsed where it came from, so
	 * it starts at 初审 with no chain of its own, and its history says where it came from.
	 */
	static Nomination imported(long campaignId, long categoryId, long unitId, int formVersion, Answers answers,
			String source, String actor, Instant now) {
		Nomination nomination = new Nomination(null, 0, campaignId, categoryId, unitId, formVersion,
				NominationStatus.IN_REVIEW, answers, null, false, List.of(), null, 1, List.of(), 0, List.of(),
				List.of(), List.of(), actor, now, now, UnitPublicity.NONE);
		nomination.record("imported", actor, now, null, NominationStatus.IN_REVIEW, source);
		return nomination;
	}

	/** A fresh copy carrying the database id and version, keeping the events not yet published. */
	Nomination saved(long id, long version) {
		Nomination saved = new Nomination(id, version, this.campaignId, this.categoryId, this.unitId,
				this.formVersion, this.status, this.answers, this.segment, this.shareCapped, this.declarations,
				this.personKey, this.round, this.chain, this.waitingStep, this.endorsements, this.flags,
				this.history, this.createdBy, this.createdAt, this.submittedAt, this.unitPublicity);
		this.events.stream().map(event -> event.withId(id)).forEach(saved.events::add);
		saved.transitions.addAll(this.transitions);
		return saved;
	}

	/** Saves what the clerk typed; allowed while editable, whatever rules the answers still break. */
	void revise(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations) {
		revise(answers, segment, shareCapped, declarations, this.unitPublicity);
	}

	/** Saves what the clerk typed, with the 公示 their unit ran before recommending. */
	void revise(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
			UnitPublicity unitPublicity) {
		requireStatus("revise", NominationStatus.DRAFT, NominationStatus.RETURNED);
		this.unitPublicity = unitPublicity == null ? UnitPublicity.NONE : unitPublicity;
		this.answers = answers;
		this.segment = segment == null || segment.isBlank() ? null : segment.strip();
		this.shareCapped = shareCapped;
		this.declarations = List.copyOf(declarations);
	}

	/**
	 * Submits (or resubmits after a return) once the submission policies found nothing: the chain
	 * starts at its first step, or 初审 follows at once when the unit type has no chain.
	 */
	void submit(List<ChainStep> chain, List<Flag> raised, String personKey, String actor, Instant now) {
		NominationStatus from = requireStatus("submit", NominationStatus.DRAFT, NominationStatus.RETURNED);
		this.round++;
		this.chain = List.copyOf(chain);
		this.waitingStep = 0;
		this.personKey = personKey;
		this.flags.removeIf(flag -> !flag.isCleared());
		raised.stream()
			.filter(flag -> this.flags.stream().noneMatch(kept -> kept.sameAs(flag)))
			.forEach(this.flags::add);
		this.submittedAt = now;
		this.status = chain.isEmpty() ? NominationStatus.IN_REVIEW : NominationStatus.ENDORSING;
		record(from == NominationStatus.DRAFT ? "submitted" : "resubmitted", actor, now, from, this.status, null);
		arrived();
	}

	/** It now waits at a step of its chain or at 初审: whoever acts there is told. */
	private void arrived() {
		if (this.status == NominationStatus.ENDORSING) {
			ChainStep step = this.chain.get(this.waitingStep);
			this.transitions.add(subject -> new NominationEvents.AwaitsEndorsement(subject, step));
		}
		else if (this.status == NominationStatus.IN_REVIEW) {
			this.transitions.add(NominationEvents.AwaitsReview::new);
		}
	}

	/** The step the nomination waits at, while it is in the chain. */
	public Optional<ChainStep> waitingAt() {
		return this.status == NominationStatus.ENDORSING ? Optional.of(this.chain.get(this.waitingStep))
				: Optional.empty();
	}

	/** When the nomination reached the step it waits at, while it is in the chain. */
	public Optional<Instant> waitingSince() {
		if (this.status != NominationStatus.ENDORSING) {
			return Optional.empty();
		}
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (ARRIVALS.contains(this.history.get(i).action())) {
				return Optional.of(this.history.get(i).at());
			}
		}
		return Optional.empty();
	}

	/**
	 * Records the opinion of the step the nomination waits at. 同意 moves it to the next step (or to
	 * 初审 after the last); 不同意 returns it to the clerk with the opinion as the reason, except at a step that
	 * vetoes (纪检监察), where it ends the nomination for good. A step that requires the 征求意见表 of same-level
	 * departments (seed 002 附件4) is not agreed until {@code consulted}: the form is attached.
	 */
	void endorse(Opinion opinion, boolean consulted, long accountId, String actor, Instant now) {
		requireStatus("endorse", NominationStatus.ENDORSING);
		ChainStep step = this.chain.get(this.waitingStep);
		if (step.consultationRequired() && opinion.agreed() && !consulted) {
			throw new NominationRefused(
					List.of(Violation.of("opinionForm", "nomination.rule.consultation-required", step.title())));
		}
		if (step.sealRequired() && opinion.agreed() && opinion.sealFileId() == null && !opinion.electronicSeal()) {
			throw new NominationRefused(List.of(Violation.of("seal", "nomination.rule.seal-required")));
		}
		if (!opinion.agreed() && (opinion.text() == null || opinion.text().isBlank())) {
			throw new NominationRefused(List.of(Violation.of("opinion", "nomination.rule.disagree-needs-reason")));
		}
		this.endorsements.add(new Endorsement(this.round, step.stepOrder(), step.title(), step.capacity(), step.endorserUnitId(),
				opinion.agreed(), opinion.text(), opinion.signerName(), opinion.signedOn(), opinion.sealFileId(),
				opinion.electronicSeal(), accountId, now));
		NominationStatus from = this.status;
		if (!opinion.agreed()) {
			this.status = step.vetoes() ? NominationStatus.VETOED : NominationStatus.RETURNED;
			record(step.vetoes() ? "vetoed" : "returned-by-endorser", actor, now, from, this.status, opinion.text());
			String reason = opinion.text().strip();
			this.transitions.add(step.vetoes() ? subject -> new NominationEvents.Vetoed(subject, reason)
					: subject -> new NominationEvents.Returned(subject, step.title(), reason));
			return;
		}
		this.waitingStep++;
		if (this.waitingStep == this.chain.size()) {
			this.status = NominationStatus.IN_REVIEW;
		}
		record("endorsed", actor, now, from, this.status, opinion.text());
		arrived();
	}

	/** What an endorser records at a step. */
	public record Opinion(boolean agreed, String text, String signerName, LocalDate signedOn, Long sealFileId,
			boolean electronicSeal) {
	}

	/** 初审 passes it: it becomes a candidate. Every flag must have been cleared in writing first. */
	void pass(String actor, Instant now) {
		NominationStatus from = requireStatus("pass", NominationStatus.IN_REVIEW);
		if (this.flags.stream().anyMatch(flag -> !flag.isCleared())) {
			throw new NominationRefused(List.of(Violation.of("flags", "nomination.rule.flags-not-cleared")));
		}
		this.status = NominationStatus.CANDIDATE;
		record("passed", actor, now, from, this.status, null);
		this.transitions.add(NominationEvents.Passed::new);
	}

	/** 初审 returns it for revision (退回修改) with a reason the clerk sees. */
	void returnForRevision(String reason, String actor, Instant now) {
		NominationStatus from = requireStatus("return", NominationStatus.IN_REVIEW);
		requireReason(reason);
		this.status = NominationStatus.RETURNED;
		record("returned-by-office", actor, now, from, this.status, reason);
		this.transitions.add(subject -> new NominationEvents.Returned(subject, null, reason.strip()));
	}

	/** 初审 rejects it for good with a reason. */
	void reject(String reason, String actor, Instant now) {
		NominationStatus from = requireStatus("reject", NominationStatus.IN_REVIEW);
		requireReason(reason);
		this.status = NominationStatus.REJECTED;
		record("rejected", actor, now, from, this.status, reason);
		this.transitions.add(subject -> new NominationEvents.Rejected(subject, reason.strip()));
	}

	/** The office clears a flag with a written reason. */
	void clearFlag(int index, String reason, String actor, Instant now) {
		requireStatus("clear-flag", NominationStatus.ENDORSING, NominationStatus.IN_REVIEW);
		requireReason(reason);
		if (index < 0 || index >= this.flags.size() || this.flags.get(index).isCleared()) {
			throw new NominationRefused(List.of(Violation.of("flags", "nomination.rule.no-such-flag")));
		}
		this.flags.set(index, this.flags.get(index).clear(actor, now, reason.strip()));
		record("flag-cleared", actor, now, this.status, this.status, reason);
	}

	/** A candidate withdrawn, e.g. after an objection was upheld during 公示. */
	void withdraw(String reason, String actor, Instant now) {
		NominationStatus from = requireStatus("withdraw", NominationStatus.CANDIDATE);
		requireReason(reason);
		this.status = NominationStatus.WITHDRAWN;
		record("withdrawn", actor, now, from, this.status, reason);
		this.transitions.add(subject -> new NominationEvents.Withdrawn(subject, reason.strip()));
	}

	/** The decision (审定) honours the candidate: 已表彰. */
	void honour(String actor, Instant now) {
		NominationStatus from = requireStatus("honour", NominationStatus.CANDIDATE);
		this.status = NominationStatus.HONOURED;
		record("honoured", actor, now, from, this.status, null);
		this.transitions.add(NominationEvents.Honoured::new);
	}

	/** Marks it as sharing a person with another nomination found after it was submitted. */
	void flagDuplicateOf(long otherNominationId) {
		Flag flag = Flag.duplicateOf(otherNominationId);
		if (this.flags.stream().noneMatch(kept -> kept.sameAs(flag))) {
			this.flags.add(flag);
		}
	}

	private NominationStatus requireStatus(String verb, NominationStatus... allowed) {
		for (NominationStatus status : allowed) {
			if (this.status == status) {
				return status;
			}
		}
		throw new NominationRefused(List.of(Violation.of("status", "nomination.rule.not-now", verb,
				this.status.messageKey())));
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new NominationRefused(List.of(Violation.of("reason", "nomination.rule.reason-required")));
		}
	}

	private void record(String action, String actor, Instant now, NominationStatus from, NominationStatus to,
			String reason) {
		String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
		this.history.add(new HistoryEntry(now, actor, action, from, to, trimmed));
		this.events.add(new NominationEvents.Changed("nomination." + action, this.id == null ? 0 : this.id,
				this.campaignId, from, to, trimmed));
	}

	List<NominationEvents.Changed> events() {
		return List.copyOf(this.events);
	}

	/** Who must act or hear of what happened, naming the nomination by {@code nominee}. */
	List<NominationEvents.Transition> transitions(String nominee) {
		NominationEvents.Subject subject = new NominationEvents.Subject(this.id, this.campaignId, this.unitId, nominee);
		return this.transitions.stream().map(transition -> transition.apply(subject)).toList();
	}

	/** Whom or what it is for, on {@code form} (its version): the answer to the first field (姓名, 名称). */
	String nomineeOn(FormDefinition form) {
		return form.fields().isEmpty() ? "" : this.answers.value(form.fields().get(0).key());
	}

	/** Endorsements signed for the current round, in chain order. */
	public List<Endorsement> currentEndorsements() {
		return this.endorsements.stream().filter(e -> e.round() == this.round).toList();
	}

	public boolean hasOpenFlags() {
		return this.flags.stream().anyMatch(flag -> !flag.isCleared());
	}

	public boolean isWaitingFor(long unitId, Capacity capacity) {
		return waitingAt().filter(step -> step.endorserUnitId() == unitId && step.capacity() == capacity).isPresent();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCampaignId() {
		return this.campaignId;
	}

	public long getCategoryId() {
		return this.categoryId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public int getFormVersion() {
		return this.formVersion;
	}

	public NominationStatus getStatus() {
		return this.status;
	}

	public Answers getAnswers() {
		return this.answers;
	}

	public String getSegment() {
		return this.segment;
	}

	public boolean isShareCapped() {
		return this.shareCapped;
	}

	public List<Declaration> getDeclarations() {
		return this.declarations;
	}

	public String getPersonKey() {
		return this.personKey;
	}

	public int getRound() {
		return this.round;
	}

	public List<ChainStep> getChain() {
		return this.chain;
	}

	public int getWaitingStep() {
		return this.waitingStep;
	}

	public List<Endorsement> getEndorsements() {
		return List.copyOf(this.endorsements);
	}

	public List<Flag> getFlags() {
		return List.copyOf(this.flags);
	}

	public List<HistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** The 公示 the nominating unit ran before recommending; {@link UnitPublicity#NONE} when not given. */
	public UnitPublicity getUnitPublicity() {
		return this.unitPublicity;
	}

}
