package cn.laurel.campaign.web;

import java.util.List;

/**
 * A row of a list the organiser edits on a page. Rows ticked for removal and rows left blank are
 * dropped before the list is saved, so the rows shown again after a refusal line up with the
 * indices the violations name.
 */
abstract class EditableRow {

	private boolean removed;

	public boolean isRemoved() {
		return this.removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}

	abstract boolean isBlank();

	static void compact(List<? extends EditableRow> rows) {
		rows.removeIf(row -> row.isRemoved() || row.isBlank());
	}

}
