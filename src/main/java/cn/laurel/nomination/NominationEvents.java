package cn.laurel.nomination;

import java.time.Instant;
import java.util.Map;

import cn.laurel.audit.AuditableEvent;

/** Facts about nominations that the audit trail records and other modules may react to. */
public final class NominationEvents {

	private NominationEvents() {
	}

	/**
	 * A nomination moved (or was created, endorsed, had a flag cleared): one event per verb.
	 *
	 * @param action e.g. {@code nomination.submitted}, {@code nomination.endorsed}, {@code nomination.passed}
	 */
	public record Changed(String action, long nominationId, Long campaignId, NominationStatus from,
			NominationStatus to, String reason) implements AuditableEvent {

		Changed withId(long id) {
			return new Changed(this.action, id, this.campaignId, this.from, this.to, this.reason);
		}

		@Override
		public String subjectType() {
			return "nomination";
		}

		@Override
		public String subjectId() {
			return String.valueOf(this.nominationId);
		}

		@Override
		public Object before() {
			return this.from == null ? null : Map.of("status", this.from);
		}

		@Override
		public Object after() {
			return this.to == null ? null : Map.of("status", this.to);
		}

	}

	/**
	 * Which nomination a {@link Transition} is about, as a notice names it.
	 *
	 * @param unitId the nominating unit, whose clerks hear of its fate
	 * @param nominee the answer to the form's first field (姓名, 名称)
	 * @param at when the move happened
	 */
	public record Subject(long nominationId, long campaignId, long unitId, String nominee, Instant at) {
	}

	/**
	 * A nomination arrived on someone's desk, or its fate changed: published after it is stored, in its transaction,
	 * for whoever must act or hear of it.
	 */
	public sealed interface Transition permits AwaitsEndorsement, AwaitsReview, Returned, Vetoed, Passed, Rejected,
			Withdrawn, Honoured {

		Subject nomination();

	}

	/** Submitted, or endorsed by the step before: it waits at {@code step} of its chain. */
	public record AwaitsEndorsement(Subject nomination, ChainStep step) implements Transition {
	}

	/** Through its chain (or submitted without one): it waits at the office's 初审. */
	public record AwaitsReview(Subject nomination) implements Transition {
	}

	/** Sent back to its unit for revision, by an endorser ({@code step} names their opinion row) or at 初审. */
	public record Returned(Subject nomination, String step, String reason) implements Transition {
	}

	/** A 纪检监察 endorser disagreed: refused for good. */
	public record Vetoed(Subject nomination, String reason) implements Transition {
	}

	/** Passed 初审: a candidate. */
	public record Passed(Subject nomination) implements Transition {
	}

	/** Rejected at 初审. */
	public record Rejected(Subject nomination, String reason) implements Transition {
	}

	/** A candidate withdrawn, e.g. after an upheld objection during 公示. */
	public record Withdrawn(Subject nomination, String reason) implements Transition {
	}

	/** Honoured by the decision (审定). */
	public record Honoured(Subject nomination) implements Transition {
	}

}
