package cn.laurel.org;

/**
 * What the audit trail keeps of the organisation tree: each {@link OrgRecordChanged change} to a unit
 * carries a {@link Snapshot} of it before and after.
 */
public final class UnitEvents {

	private UnitEvents() {
	}

	/**
	 * What the audit trail keeps of a unit.
	 *
	 * @param code the unit's unique code
	 * @param name its name
	 * @param type its kind
	 * @param parentId the unit above it, {@code null} at the top
	 * @param stationedAtId for a 派驻中队, the town it is stationed in
	 * @param sortOrder position among its siblings
	 * @param active whether it still takes part
	 */
	public record Snapshot(String code, String name, UnitType type, Long parentId, Long stationedAtId, int sortOrder,
			boolean active) {

		static Snapshot of(Unit unit) {
			return new Snapshot(unit.getCode(), unit.getName(), unit.getType(), unit.getParentId(),
					unit.getStationedAtId(), unit.getSortOrder(), unit.isActive());
		}

	}

}
