package cn.laurel.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Violation;

/**
 * A nomination's walk through its endorsement chain: the round (one per submission), the steps resolved for it, the
 * one it waits at, and every opinion signed in any round. A step that is not agreed leaves the walk where it is; a
 * resubmission starts a new round at the first step.
 */
record ChainProgress(int round, List<ChainStep> steps, int waitingStep, List<Endorsement> endorsements) {

	static final ChainProgress NONE = new ChainProgress(0, List.of(), 0, List.of());

	ChainProgress {
		steps = List.copyOf(steps);
		endorsements = List.copyOf(endorsements);
	}

	/** A new round on {@code steps}, waiting at the first. */
	ChainProgress restart(List<ChainStep> steps) {
		return new ChainProgress(this.round + 1, steps, 0, this.endorsements);
	}

	/** A nomination arriving endorsed elsewhere: one round, and no chain of its own. */
	static ChainProgress walkedElsewhere() {
		return new ChainProgress(1, List.of(), 0, List.of());
	}

	ChainStep waiting() {
		return this.steps.get(this.waitingStep);
	}

	/** Whether every step agreed. */
	boolean isWalked() {
		return this.waitingStep == this.steps.size();
	}

	/**
	 * The opinion signed at the waiting step, which moves on when it is agreed. A step that requires the 征求意见表
	 * of same-level departments (seed 002 附件4) is not agreed until {@code consulted}; one that records a seal not
	 * without it; and 不同意 needs its reason.
	 */
	ChainProgress endorsed(Nomination.Opinion opinion, boolean consulted, long accountId, Instant now) {
		ChainStep step = waiting();
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
		List<Endorsement> signed = new ArrayList<>(this.endorsements);
		signed.add(new Endorsement(this.round, step.stepOrder(), step.title(), step.capacity(), step.endorserUnitId(),
				opinion.agreed(), opinion.text(), opinion.signerName(), opinion.signedOn(), opinion.sealFileId(),
				opinion.electronicSeal(), accountId, now));
		return new ChainProgress(this.round, this.steps, this.waitingStep + (opinion.agreed() ? 1 : 0), signed);
	}

	/** Endorsements signed for the current round, in chain order. */
	List<Endorsement> current() {
		return this.endorsements.stream().filter(e -> e.round() == this.round).toList();
	}

}
