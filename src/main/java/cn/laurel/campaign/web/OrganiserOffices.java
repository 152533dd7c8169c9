package cn.laurel.campaign.web;

import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The office a new campaign is for, on the pages that create one: administrators choose an active unit,
 * organisers create for their own.
 */
@Component
class OrganiserOffices {

	private final Units units;

	OrganiserOffices(Units units) {
		this.units = units;
	}

	/** The office the campaign is for; {@code null}, with the form's field rejected, when none was chosen. */
	Long of(LaurelUser user, Long chosen, BindingResult result) {
		Long office = user.is(Role.ADMIN) ? chosen : user.unitId();
		if (office == null) {
			result.rejectValue("organiserUnitId", "campaign.pages.new.organiser-unit-required");
		}
		return office;
	}

	/** Puts the units an administrator chooses from into the model (the page asks only then). */
	void offer(LaurelUser user, Model model) {
		if (user.is(Role.ADMIN)) {
			model.addAttribute("units",
					this.units.findAllByOrderBySortOrderAscNameAsc().stream().filter(Unit::isActive).toList());
		}
	}

}
