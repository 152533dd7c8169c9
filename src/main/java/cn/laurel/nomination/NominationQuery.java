package cn.laurel.nomination;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.org.Capacity;

/**
 * Which nominations a list holds: a campaign's, a unit's, or those waiting at one endorser's step, optionally only in
 * some statuses. Each part is a fixed clause with its own parameter, so no caller writes SQL.
 */
record NominationQuery(Long campaignId, Long unitId, Long waitingUnitId, Capacity waitingCapacity,
		Set<NominationStatus> statuses) {

	static NominationQuery ofCampaign(long campaignId) {
		return new NominationQuery(campaignId, null, null, null, Set.of());
	}

	static NominationQuery ofUnit(long unitId) {
		return new NominationQuery(null, unitId, null, null, Set.of());
	}

	/** What waits at the step signed by {@code capacity} in {@code unitId}. */
	static NominationQuery waitingAt(long unitId, Capacity capacity) {
		return new NominationQuery(null, null, unitId, capacity, Set.of(NominationStatus.ENDORSING));
	}

	/** The same nominations, only those in one of {@code statuses}. */
	NominationQuery in(Set<NominationStatus> statuses) {
		return new NominationQuery(this.campaignId, this.unitId, this.waitingUnitId, this.waitingCapacity,
				EnumSet.copyOf(statuses));
	}

	/** The where clause over {@code nomination n}, with {@link #parameters()}. */
	String where() {
		List<String> clauses = new ArrayList<>();
		if (this.campaignId != null) {
			clauses.add("n.campaign_id = :campaign");
		}
		if (this.unitId != null) {
			clauses.add("n.unit_id = :unit");
		}
		if (this.waitingUnitId != null) {
			clauses.add("n.waiting_unit_id = :waitingUnit and n.waiting_capacity = :waitingCapacity");
		}
		if (!this.statuses.isEmpty()) {
			clauses.add("n.status in (:statuses)");
		}
		return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.campaignId != null) {
			parameters.put("campaign", this.campaignId);
		}
		if (this.unitId != null) {
			parameters.put("unit", this.unitId);
		}
		if (this.waitingUnitId != null) {
			parameters.put("waitingUnit", this.waitingUnitId);
			parameters.put("waitingCapacity", this.waitingCapacity.name());
		}
		if (!this.statuses.isEmpty()) {
			parameters.put("statuses", this.statuses.stream().map(Enum::name).toList());
		}
		return parameters;
	}

}
