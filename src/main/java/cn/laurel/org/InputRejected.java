package cn.laurel.org;

import org.springframework.validation.Errors;

/**
 * A request broke a rule that only the service can check against the stored tree and accounts: a code or
 * username already taken, a parent that would create a cycle, a weak password. Carries the reasons as message
 * keys per field, so that a page shows them next to the fields and the API lists them.
 */
public class InputRejected extends RuntimeException {

	private final transient Errors errors;

	InputRejected(Errors errors) {
		super(errors.toString());
		this.errors = errors;
	}

	public Errors errors() {
		return this.errors;
	}

	/** Adds the reasons to the errors of a bound form, which then re-renders with them. */
	public void copyTo(Errors target) {
		this.errors.getGlobalErrors().forEach(error -> target.reject(error.getCode(), error.getArguments(), null));
		this.errors.getFieldErrors()
			.forEach(error -> target.rejectValue(error.getField(), error.getCode(), error.getArguments(), null));
	}

}
