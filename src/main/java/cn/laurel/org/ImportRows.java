package cn.laurel.org;

import java.util.List;

/**
 * The data rows of an uploaded workbook, as text exactly as typed (trimmed, blank as {@code null}), each with
 * the row number Excel shows; nothing is interpreted yet, so that {@link ImportValidator} can report every
 * problem of every row.
 *
 * @param units rows of the 单位 sheet
 * @param accounts rows of the 账号 sheet
 */
record ImportRows(List<UnitRow> units, List<AccountRow> accounts) {

	/** One row of the 单位 sheet: 单位编码, 单位名称, 单位类型, 上级单位编码, 驻在镇街编码, 排序. */
	record UnitRow(int row, String code, String name, String type, String parentCode, String stationedAtCode,
			String sortOrder) {

	}

	/** One row of the 账号 sheet: 用户名, 姓名, 角色, 所属单位编码, 审核身份, 初始密码. */
	record AccountRow(int row, String username, String displayName, String role, String unitCode, String capacity,
			String password) {

	}

}
