package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.org.Capacity;

/**
 * A unit's nomination of a person, a deed or project, or an organisation in one category of a
 * campaign: its answers on the form version current when it was created, its walk through the
 * endorsement chain, the flags the office must clear and its whole history. Each verb checks the
 * status it may be used in and records what happened; the service publishes its {@link #history()}'s events.
 */
public class Nomination {

	private final Long id;

	private final long version;

	private final long campaignId;

	private final long categoryId;

	private final long unitId;

	private final int formVersion;

	private NominationStatus status;

	private Filing filing;

	private String personKey;

	private ChainProgress chain;

	private Flags flags;

	private final NominationHistory history;

	private final String createdBy;

	private final Instant createdAt;

	private Instant submittedAt;

	Nomination(Long id, long version, long campaignId, long categoryId, long unitId, int formVersion,
			NominationStatus status, Filing filing, String personKey, ChainProgress chain, List<Flag> flags,
			NominationHistory history, String createdBy, Instant createdAt, Instant submittedAt) {
		this.id = id;
		this.version = version;
		this.campaignId = campaignId;
		this.categoryId = categoryId;
		this.unitId = unitId;
		this.formVersion = formVersion;
		this.status = status;
		this.filing = filing;
		this.personKey = personKey;
		this.chain = chain;
		this.flags = new Flags(flags);
		this.history = history;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
	}

	/** A new draft filled on {@code formVersion} of the category's form. */
	static Nomination draft(long campaignId, long categoryId, long unitId, int formVersion, String createdBy,
			Instant now) {
		Nomination nomination = new Nomination(null, 0, campaignId, categoryId, unitId, formVersion,
				NominationStatus.DRAFT, Filing.EMPTY, null, ChainProgress.NONE, List.of(),
				new NominationHistory(List.of()), createdBy, now, null);
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
				NominationStatus.IN_REVIEW, Filing.of(answers), null, ChainProgress.walkedElsewhere(), List.of(),
				new NominationHistory(List.of()), actor, now, now);
		nomination.record("imported", actor, now, null, NominationStatus.IN_REVIEW, source);
		return nomination;
	}

	/** A fresh copy carrying the database id and version, keeping the events not yet published. */
	Nomination saved(long id, long version) {
		return new Nomination(id, version, this.campaignId, this.categoryId, this.unitId, this.formVersion,
				this.status, this.filing, this.personKey, this.chain, this.flags.all(), this.history.savedAs(id),
				this.createdBy, this.createdAt, this.submittedAt);
	}

	/** Saves what the clerk typed; allowed while editable, whatever rules the answers still break. */
	void revise(Filing filing) {
		this.status.require("revise", NominationStatus.DRAFT, NominationStatus.RETURNED);
		this.filing = filing;
	}

	/**
	 * Submits (or resubmits after a return) once the submission policies found nothing: the chain
	 * starts at its first step, or 初审 follows at once when the unit type has no chain.
	 */
	void submit(List<ChainStep> chain, List<Flag> raised, String personKey, String actor, Instant now) {
		NominationStatus from = this.status.require("submit", NominationStatus.DRAFT, NominationStatus.RETURNED);
		this.chain = this.chain.restart(chain);
		this.personKey = personKey;
		this.flags = this.flags.raisedAnew(raised);
		this.submittedAt = now;
		this.status = chain.isEmpty() ? NominationStatus.IN_REVIEW : NominationStatus.ENDORSING;
		record(from == NominationStatus.DRAFT ? "submitted" : "resubmitted", actor, now, from, this.status, null);
		arrived();
	}

	/** It now waits at a step of its chain or at 初审: whoever acts there is told. */
	private void arrived() {
		if (this.status == NominationStatus.ENDORSING) {
			ChainStep step = this.chain.waiting();
			this.history.tell(subject -> new NominationEvents.AwaitsEndorsement(subject, step));
		}
		else if (this.status == NominationStatus.IN_REVIEW) {
			this.history.tell(NominationEvents.AwaitsReview::new);
		}
	}

	/** The step the nomination waits at, while it is in the chain. */
	public Optional<ChainStep> waitingAt() {
		return this.status == NominationStatus.ENDORSING ? Optional.of(this.chain.waiting()) : Optional.empty();
	}

	/** When the nomination reached the step it waits at, while it is in the chain. */
	public Optional<Instant> waitingSince() {
		return this.status == NominationStatus.ENDORSING ? this.history.lastArrival() : Optional.empty();
	}

	/**
	 * Records the opinion of the step the nomination waits at ({@link ChainProgress#endorsed}). 同意 moves it to the
	 * next step (or to 初审 after the last); 不同意 returns it to the clerk with the opinion as the reason, except at a
	 * step that vetoes (纪检监察), where it ends the nomination for good.
	 */
	void endorse(Opinion opinion, boolean consulted, long accountId, String actor, Instant now) {
		this.status.require("endorse", NominationStatus.ENDORSING);
		ChainStep step = this.chain.waiting();
		this.chain = this.chain.endorsed(opinion, consulted, accountId, now);
		NominationStatus from = this.status;
		if (!opinion.agreed()) {
			this.status = step.vetoes() ? NominationStatus.VETOED : NominationStatus.RETURNED;
			record(step.vetoes() ? "vetoed" : "returned-by-endorser", actor, now, from, this.status, opinion.text());
			String reason = opinion.text().strip();
			this.history.tell(step.vetoes() ? subject -> new NominationEvents.Vetoed(subject, reason)
					: subject -> new NominationEvents.Returned(subject, step.title(), reason));
			return;
		}
		if (this.chain.isWalked()) {
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
		NominationStatus from = this.status.require("pass", NominationStatus.IN_REVIEW);
		this.flags.requireAllCleared();
		this.status = NominationStatus.CANDIDATE;
		record("passed", actor, now, from, this.status, null);
		this.history.tell(NominationEvents.Passed::new);
	}

	/** 初审 returns it for revision (退回修改) with a reason the clerk sees. */
	void returnForRevision(String reason, String actor, Instant now) {
		NominationStatus from = this.status.require("return", NominationStatus.IN_REVIEW);
		NominationRefused.requireReason(reason);
		this.status = NominationStatus.RETURNED;
		record("returned-by-office", actor, now, from, this.status, reason);
		this.history.tell(subject -> new NominationEvents.Returned(subject, null, reason.strip()));
	}

	/** 初审 rejects it for good with a reason. */
	void reject(String reason, String actor, Instant now) {
		NominationStatus from = this.status.require("reject", NominationStatus.IN_REVIEW);
		NominationRefused.requireReason(reason);
		this.status = NominationStatus.REJECTED;
		record("rejected", actor, now, from, this.status, reason);
		this.history.tell(subject -> new NominationEvents.Rejected(subject, reason.strip()));
	}

	/** The office clears a flag with a written reason. */
	void clearFlag(int index, String reason, String actor, Instant now) {
		this.status.require("clear-flag", NominationStatus.ENDORSING, NominationStatus.IN_REVIEW);
		NominationRefused.requireReason(reason);
		this.flags = this.flags.cleared(index, actor, now, reason.strip());
		record("flag-cleared", actor, now, this.status, this.status, reason);
	}

	/** A candidate withdrawn, e.g. after an objection was upheld during 公示. */
	void withdraw(String reason, String actor, Instant now) {
		NominationStatus from = this.status.require("withdraw", NominationStatus.CANDIDATE);
		NominationRefused.requireReason(reason);
		this.status = NominationStatus.WITHDRAWN;
		record("withdrawn", actor, now, from, this.status, reason);
		this.history.tell(subject -> new NominationEvents.Withdrawn(subject, reason.strip()));
	}

	/** The decision (审定) honours the candidate: 已表彰. */
	void honour(String actor, Instant now) {
		NominationStatus from = this.status.require("honour", NominationStatus.CANDIDATE);
		this.status = NominationStatus.HONOURED;
		record("honoured", actor, now, from, this.status, null);
		this.history.tell(NominationEvents.Honoured::new);
	}

	/** Marks it as sharing a person with another nomination found after it was submitted. */
	void flagDuplicateOf(long otherNominationId) {
		this.flags = this.flags.with(Flag.duplicateOf(otherNominationId));
	}

	private void record(String action, String actor, Instant now, NominationStatus from, NominationStatus to,
			String reason) {
		this.history.record(action, actor, now, from, to, reason, this.id, this.campaignId);
	}

	NominationHistory history() {
		return this.history;
	}

	/** Who must act or hear of what happened, naming the nomination by {@code nominee}. */
	List<NominationEvents.Transition> transitions(String nominee) {
		return this.history.transitions(new NominationEvents.Subject(this.id, this.campaignId, this.unitId, nominee,
				this.history.lastAt()));
	}

	/** Whom or what it is for, on {@code form} (its version): the answer to the first field (姓名, 名称). */
	String nomineeOn(FormDefinition form) {
		return form.fields().isEmpty() ? "" : this.filing.answers().value(form.fields().get(0).key());
	}

	/** Endorsements signed for the current round, in chain order. */
	public List<Endorsement> currentEndorsements() {
		return this.chain.current();
	}

	public boolean hasOpenFlags() {
		return this.flags.anyOpen();
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
		return this.filing.answers();
	}

	public String getSegment() {
		return this.filing.segment();
	}

	public boolean isShareCapped() {
		return this.filing.shareCapped();
	}

	public List<Declaration> getDeclarations() {
		return this.filing.declarations();
	}

	public String getPersonKey() {
		return this.personKey;
	}

	public int getRound() {
		return this.chain.round();
	}

	public List<ChainStep> getChain() {
		return this.chain.steps();
	}

	public int getWaitingStep() {
		return this.chain.waitingStep();
	}

	public List<Endorsement> getEndorsements() {
		return this.chain.endorsements();
	}

	public List<Flag> getFlags() {
		return this.flags.all();
	}

	public List<HistoryEntry> getHistory() {
		return this.history.entries();
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
		return this.filing.unitPublicity();
	}

}
