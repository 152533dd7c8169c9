package cn.laurel.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.org.AccountForm;
import cn.laurel.org.OrgAdministration;
import cn.laurel.org.UnitForm;

import org.springframework.stereotype.Component;

/** The demo's unit tree and accounts, created by the administrator through org's own verbs, as on its pages. */
@Component
class DemoOrganisation {

	private final OrgAdministration org;

	private final Actors actors;

	DemoOrganisation(OrgAdministration org, Actors actors) {
		this.org = org;
		this.actors = actors;
	}

	void create(List<DemoSeed.UnitSeed> units, List<DemoSeed.AccountSeed> accounts, String password) {
		this.actors.asAdministrator(() -> {
			Map<String, Long> byCode = new HashMap<>();
			for (DemoSeed.UnitSeed unit : units) {
				UnitForm form = new UnitForm();
				form.setCode(unit.code());
				form.setName(unit.name());
				form.setType(unit.type());
				form.setParentId(byCode.get(unit.parent()));
				form.setStationedAtId(byCode.get(unit.stationedAt()));
				form.setSortOrder(byCode.size());
				byCode.put(unit.code(), this.org.createUnit(form).getId());
			}
			for (DemoSeed.AccountSeed account : accounts) {
				AccountForm form = new AccountForm();
				form.setUsername(account.username());
				form.setDisplayName(account.displayName());
				form.setRole(account.role());
				form.setUnitId(byCode.get(account.unit()));
				form.setCapacity(account.capacity());
				form.setTemporaryPassword(password);
				this.org.createAccountWithKnownPassword(form);
			}
		});
	}

}
