package cn.laurel.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters for a unit, on the page and in the API. Field rules are declared here,
 * the rule between type and stationed-at town in {@link UnitFormValidator}, and the rules that need the
 * stored tree (unique code, no cycle, stationed at a town) in {@link OrgAdministration}.
 */
public class UnitForm {

	/** Letters, digits, dot, dash and underscore; empty is left to {@code @NotBlank} so it is reported once. */
	static final String CODE_PATTERN = "|[A-Za-z0-9._-]{1,50}";

	@NotBlank(message = "{unit.code.required}")
	@Pattern(regexp = CODE_PATTERN, message = "{unit.code.invalid}")
	private String code;

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 100, message = "{unit.name.too-long}")
	private String name;

	@NotNull(message = "{unit.type.required}")
	private UnitType type;

	private Long parentId;

	private Long stationedAtId;

	@NotNull(message = "{unit.sort-order.required}")
	@Min(value = 0, message = "{unit.sort-order.range}")
	@Max(value = 9999, message = "{unit.sort-order.range}")
	private Integer sortOrder = 0;

	public static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.setCode(unit.getCode());
		form.setName(unit.getName());
		form.setType(unit.getType());
		form.setParentId(unit.getParentId());
		form.setStationedAtId(unit.getStationedAtId());
		form.setSortOrder(unit.getSortOrder());
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.trim() : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name.trim() : null;
	}

	public UnitType getType() {
		return this.type;
	}

	public void setType(UnitType type) {
		this.type = type;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getStationedAtId() {
		return this.stationedAtId;
	}

	public void setStationedAtId(Long stationedAtId) {
		this.stationedAtId = stationedAtId;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
