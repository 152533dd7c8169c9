package cn.laurel.org;

import cn.laurel.audit.AuditableEvent;

/** Facts about the organisation tree that the audit trail records, each with the unit before and after. */
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

	/** A change to one unit; the subject of its audit entry. */
	public sealed interface Change extends AuditableEvent permits Created, Updated, Deactivated, Activated {

		Long unitId();

		@Override
		default String subjectType() {
			return "unit";
		}

		@Override
		default String subjectId() {
			return String.valueOf(unitId());
		}

	}

	/** A unit was added to the tree, by hand or by an import. */
	public record Created(Long unitId, Snapshot after) implements Change {

		@Override
		public String action() {
			return "unit.created";
		}

	}

	/** A unit was renamed, retyped, moved, re-stationed or reordered. */
	public record Updated(Long unitId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "unit.updated";
		}

	}

	/** A unit stopped taking part; it stays in the tree for the record. */
	public record Deactivated(Long unitId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "unit.deactivated";
		}

	}

	/** A deactivated unit takes part again. */
	public record Activated(Long unitId, Snapshot before, Snapshot after) implements Change {

		@Override
		public String action() {
			return "unit.activated";
		}

	}

}
