package cn.laurel.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a request was refused, the base of each module's one refusal type: what kind of refusal it is (which the API
 * answers as the HTTP status of an RFC 9457 problem) and the reasons, each a message key with its arguments and the
 * field it concerns, if any. Pages show the reasons at the top of the form and next to their fields.
 */
public abstract class Refusal extends RuntimeException {

	/** What kind of refusal, and the status the API answers it with. */
	public enum Kind {

		/** What was sent is wrong in itself: a field missing, a value out of range. */
		REJECTED(400),

		/** A rule of the domain forbids the verb for this record. */
		UNPROCESSABLE(422),

		/** Not allowed in the current state of things; perhaps later. */
		NOT_NOW(409),

		/** Not the caller's to do. */
		FORBIDDEN(403),

		/** No such record, or none the caller may see: both look the same from outside. */
		NOT_FOUND(404);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

		/** Names the kind in the problem's type URI and its title's message key. */
		public String slug() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * One reason: the field it concerns ({@code null} for the whole request), the message key naming the rule (the
	 * code an API client can rely on) and the message arguments. An argument that is itself a message key of the
	 * form {@code phase.NOMINATION} or {@code event.status.OPEN} is translated; a list of reasons is rendered item
	 * by item (see {@link ReasonMessages}).
	 */
	public interface Reason {

		String field();

		String code();

		List<Object> args();

		static Reason of(String field, String code, Object... args) {
			return new Because(field, code, List.of(args));
		}

	}

	private record Because(String field, String code, List<Object> args) implements Reason {
	}

	private final Kind kind;

	private final transient List<Reason> reasons;

	protected Refusal(Kind kind, List<? extends Reason> reasons) {
		super(reasons.stream().map(Reason::code).collect(Collectors.joining(", ")));
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs a reason");
		}
		this.kind = kind;
		this.reasons = List.copyOf(reasons);
	}

	protected Refusal(Kind kind, String field, String code, Object... args) {
		this(kind, List.of(Reason.of(field, code, args)));
	}

	public Kind kind() {
		return this.kind;
	}

	public List<Reason> reasons() {
		return this.reasons;
	}

	/** The first reason's message key, for callers that branch on why. */
	public String code() {
		return this.reasons.get(0).code();
	}

}
