package cn.laurel.campaign;

import java.util.Map;

import cn.laurel.org.Capacity;
import cn.laurel.org.UnitType;

/**
 * Campaign-wide chain steps as tests set them up: titled with the wording their capacity had before steps were named,
 * and a 纪检监察 step vetoing, as the V18 migration titles the chains it finds.
 */
public final class Chains {

	/** The opinion rows of the five capacities, as printed before steps had their own titles. */
	public static final Map<Capacity, String> TITLES = Map.of(Capacity.DEPARTMENT_HEAD, "所在单位意见", Capacity.TOWN,
			"镇街（功能区、保护区）意见", Capacity.LEADER_IN_CHARGE, "分管领导意见", Capacity.DISCIPLINE, "纪检监察部门意见",
			Capacity.PERSONNEL, "组织人事部门意见");

	private Chains() {
	}

	public static EndorsementStep step(UnitType unitType, int stepOrder, Capacity capacity,
			EndorsementStep.EndorserUnit endorserUnit, boolean sealRequired) {
		return new EndorsementStep(unitType, null, stepOrder, capacity == null ? "意见" : TITLES.get(capacity), capacity,
				endorserUnit, 1, sealRequired, capacity == Capacity.DISCIPLINE, false);
	}

}
