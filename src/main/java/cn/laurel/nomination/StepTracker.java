package cn.laurel.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a nomination is on its way, as its unit and everyone who reads it sees it: the unit's submission, each step of
 * its chain, the office's 初审, then the selection and decision (审定表彰) — done steps with who and when, the step it
 * waits at with who may act there, and the steps to come.
 */
public record StepTracker(List<Step> steps) {

	public StepTracker {
		steps = List.copyOf(steps);
	}

	/** How far a step is. */
	public enum State {

		/** Done (signed, passed, submitted). */
		DONE,
		/** The nomination waits here; {@link Step#mayAct()} may act. */
		CURRENT,
		/** Sent back to the unit from here, with a reason. */
		RETURNED,
		/** Refused for good here (vetoed, rejected, withdrawn). */
		STOPPED,
		/** Not reached yet. */
		UPCOMING;

		public String messageKey() {
			return "nomination.tracker.state." + name();
		}

	}

	/**
	 * One step.
	 *
	 * @param titleKey the message key of the step's name
	 * @param title a chain step's own name, its opinion row as the form words it (e.g. 部门负责人意见); else
	 * {@code null}, and the name is {@code titleKey}'s
	 * @param unit the unit where it happens
	 * @param by who acted, on a step done, returned or stopped; else {@code null}
	 * @param at when they did
	 * @param reason the reason or opinion given when returned or stopped
	 * @param mayAct the display names of who may act, on the current step
	 */
	public record Step(String titleKey, String title, String unit, State state, String by, Instant at, String reason,
			List<String> mayAct) {

		public Step {
			mayAct = List.copyOf(mayAct);
		}

		Step(String titleKey, String unit, State state, String by, Instant at, String reason, List<String> mayAct) {
			this(titleKey, null, unit, state, by, at, reason, mayAct);
		}

		static Step upcoming(String titleKey, String unit) {
			return new Step(titleKey, unit, State.UPCOMING, null, null, null, List.of());
		}

		static Step current(String titleKey, String unit, List<String> mayAct) {
			return new Step(titleKey, unit, State.CURRENT, null, null, null, mayAct);
		}

		static Step of(String titleKey, String unit, State state, HistoryEntry entry, String by) {
			return new Step(titleKey, unit, state, by, entry == null ? null : entry.at(),
					entry == null ? null : entry.reason(), List.of());
		}

		/** The same step under its own name. */
		Step titled(String ownTitle) {
			return new Step(this.titleKey, ownTitle, this.unit, this.state, this.by, this.at, this.reason, this.mayAct);
		}

		public boolean isCurrent() {
			return this.state == State.CURRENT;
		}

	}

	/** The step the nomination waits at, if it waits anywhere. */
	public Optional<Step> current() {
		return this.steps.stream().filter(Step::isCurrent).findFirst();
	}

}
