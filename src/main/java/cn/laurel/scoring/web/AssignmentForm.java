package cn.laurel.scoring.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.scoring.AssignmentExtent;
import cn.laurel.scoring.Panel;

/** Which candidates of each category a panel judges, as the organiser ticks them. */
class AssignmentForm {

	private List<Row> categories = new ArrayList<>();

	/** One category's choice. */
	static class Row {

		private Long categoryId;

		private AssignmentExtent extent = AssignmentExtent.NONE;

		private List<Long> candidateIds = new ArrayList<>();

		public Long getCategoryId() {
			return this.categoryId;
		}

		public void setCategoryId(Long categoryId) {
			this.categoryId = categoryId;
		}

		public AssignmentExtent getExtent() {
			return this.extent;
		}

		public void setExtent(AssignmentExtent extent) {
			this.extent = extent;
		}

		public List<Long> getCandidateIds() {
			return this.candidateIds;
		}

		public void setCandidateIds(List<Long> candidateIds) {
			this.candidateIds = candidateIds;
		}

	}

	static AssignmentForm of(Panel panel) {
		AssignmentForm form = new AssignmentForm();
		for (Panel.Assignment assignment : panel.assignments()) {
			Row row = new Row();
			row.categoryId = assignment.categoryId();
			row.extent = assignment.all() ? AssignmentExtent.ALL : AssignmentExtent.SOME;
			row.candidateIds = new ArrayList<>(assignment.candidateIds());
			form.categories.add(row);
		}
		return form;
	}

	/** The row of a category, so the page shows its choice. */
	public Row rowOf(long categoryId) {
		return this.categories.stream()
			.filter(row -> row.categoryId != null && row.categoryId == categoryId)
			.findFirst()
			.orElseGet(Row::new);
	}

	List<Panel.Assignment> asAssignments() {
		return this.categories.stream()
			.filter(row -> row.categoryId != null && row.extent != null && row.extent != AssignmentExtent.NONE)
			.map(row -> new Panel.Assignment(row.categoryId, row.extent == AssignmentExtent.ALL,
					row.candidateIds == null ? List.of() : row.candidateIds))
			.toList();
	}

	public List<Row> getCategories() {
		return this.categories;
	}

	public void setCategories(List<Row> categories) {
		this.categories = categories;
	}

}
