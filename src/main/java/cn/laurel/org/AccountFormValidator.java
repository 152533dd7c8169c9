package cn.laurel.org;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Organisers, clerks and endorsers act for a unit, so they must name one, and administrators and judges do
 * not; only endorsers sign in a capacity, and they must have one, because endorsement chains are configured
 * by capacity.
 */
public class AccountFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return AccountForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccountForm form = (AccountForm) target;
		Role role = form.getRole();
		if (role == null) {
			return;
		}
		if (role.needsUnit() && form.getUnitId() == null) {
			errors.rejectValue("unitId", "account.unit.required");
		}
		if (!role.needsUnit() && form.getUnitId() != null) {
			errors.rejectValue("unitId", "account.unit.forbidden");
		}
		if (role == Role.ENDORSER && form.getCapacity() == null) {
			errors.rejectValue("capacity", "account.capacity.required");
		}
		if (role != Role.ENDORSER && form.getCapacity() != null) {
			errors.rejectValue("capacity", "account.capacity.forbidden");
		}
	}

}
