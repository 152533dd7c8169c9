package cn.laurel.org;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A 派驻中队 names the town it is stationed in, because that town endorses its nominations (seed 000); no
 * other kind of unit is stationed anywhere.
 */
public class UnitFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return UnitForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		UnitForm form = (UnitForm) target;
		if (form.getType() == UnitType.STATIONED_SQUADRON && form.getStationedAtId() == null) {
			errors.rejectValue("stationedAtId", "unit.stationed-at.required");
		}
		if (form.getType() != null && form.getType() != UnitType.STATIONED_SQUADRON
				&& form.getStationedAtId() != null) {
			errors.rejectValue("stationedAtId", "unit.stationed-at.only-squadron");
		}
	}

}
