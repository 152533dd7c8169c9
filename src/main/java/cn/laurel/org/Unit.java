package cn.laurel.org;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/** A node of the organisation tree: a 局, a 科室, a 中队, a 镇街, a 县区, a 党支部 … */
@Table("unit")
public class Unit {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long parentId;

	private String code;

	private String name;

	private UnitType type;

	/** For a 派驻中队: the town (镇街) it is stationed in. */
	private Long stationedAtId;

	private int sortOrder;

	private boolean active = true;

	@PersistenceCreator
	Unit(Long id, Long version, Long parentId, String code, String name, UnitType type, Long stationedAtId,
			int sortOrder, boolean active) {
		this.id = id;
		this.version = version;
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.type = type;
		this.stationedAtId = stationedAtId;
		this.sortOrder = sortOrder;
		this.active = active;
	}

	public Unit(String code, String name, UnitType type, Long parentId) {
		this(null, null, parentId, code, name, type, null, 0, true);
	}

	/** Gives the unit a new code; whoever calls this has checked that no other unit has it. */
	public void recode(String code) {
		Assert.hasText(code, "code");
		this.code = code.trim();
	}

	public void rename(String name) {
		Assert.hasText(name, "name");
		this.name = name.trim();
	}

	public void retype(UnitType type) {
		this.type = type;
	}

	public void moveUnder(Long parentId) {
		Assert.isTrue(parentId == null || !parentId.equals(this.id), "a unit cannot be its own parent");
		this.parentId = parentId;
	}

	public void stationAt(Long townId) {
		this.stationedAtId = townId;
	}

	public void order(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public UnitType getType() {
		return this.type;
	}

	public Long getStationedAtId() {
		return this.stationedAtId;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
