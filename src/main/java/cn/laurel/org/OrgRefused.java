package cn.laurel.org;

import cn.laurel.system.Refusal;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * A request broke a rule that only the service can check against the stored tree and accounts: a code or
 * username already taken, a parent that would create a cycle, a weak password. Each reason names its field, so
 * that a page shows it next to the field and the API lists it.
 */
public class OrgRefused extends Refusal {

	OrgRefused(Errors errors) {
		super(Kind.REJECTED, errors.getAllErrors()
			.stream()
			.map(error -> Reason.of((error instanceof FieldError field) ? field.getField() : null, error.getCode(),
					(error.getArguments() != null) ? error.getArguments() : new Object[0]))
			.toList());
	}

}
