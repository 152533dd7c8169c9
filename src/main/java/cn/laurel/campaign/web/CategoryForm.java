package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Segment;
import cn.laurel.campaign.ShareCap;

import org.springframework.util.StringUtils;

/**
 * A category's settings: its quota, the segments it is split into and the allocations per unit,
 * plus an optional share cap and its 评选标准; on creation also the built-in form it starts from.
 */
class CategoryForm {

	private String name;

	private NomineeKind nomineeKind;

	private Integer quota;

	private Integer sortOrder;

	private List<SegmentRow> segments = new ArrayList<>();

	private List<AllocationRow> allocations = new ArrayList<>();

	private Cap shareCap = new Cap();

	private String criteria;

	private String templateKey;

	static CategoryForm of(Category category) {
		CategoryForm form = new CategoryForm();
		form.name = category.getName();
		form.nomineeKind = category.getNomineeKind();
		form.quota = category.getQuota();
		form.sortOrder = category.getSortOrder();
		form.criteria = category.getCriteria();
		for (Segment segment : category.getSegments()) {
			SegmentRow row = new SegmentRow();
			row.name = segment.name();
			row.quota = segment.quota();
			form.segments.add(row);
		}
		for (Allocation allocation : category.getAllocations()) {
			AllocationRow row = new AllocationRow();
			row.unitId = allocation.unitId();
			row.segment = allocation.segment();
			row.quota = allocation.quota();
			form.allocations.add(row);
		}
		if (category.getShareCap() != null) {
			form.shareCap.label = category.getShareCap().label();
			form.shareCap.percent = category.getShareCap().percent();
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.segments);
		EditableRow.compact(this.allocations);
	}

	Category.Settings asDomain() {
		List<Segment> segments = this.segments.stream()
			.map(row -> new Segment(trimToNull(row.name), row.quota == null ? 0 : row.quota))
			.toList();
		List<Allocation> allocations = this.allocations.stream()
			.map(row -> new Allocation(row.unitId, trimToNull(row.segment), row.quota == null ? 0 : row.quota))
			.toList();
		ShareCap cap = this.shareCap.isBlank() ? null
				: new ShareCap(trimToNull(this.shareCap.label), this.shareCap.percent);
		return new Category.Settings(trimToNull(this.name), this.nomineeKind, this.quota == null ? 0 : this.quota,
				this.sortOrder == null ? 0 : this.sortOrder, segments, allocations, cap, this.criteria);
	}

	private static String trimToNull(String text) {
		return StringUtils.hasText(text) ? text.trim() : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public NomineeKind getNomineeKind() {
		return this.nomineeKind;
	}

	public void setNomineeKind(NomineeKind nomineeKind) {
		this.nomineeKind = nomineeKind;
	}

	public Integer getQuota() {
		return this.quota;
	}

	public void setQuota(Integer quota) {
		this.quota = quota;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public List<SegmentRow> getSegments() {
		return this.segments;
	}

	public void setSegments(List<SegmentRow> segments) {
		this.segments = segments;
	}

	public List<AllocationRow> getAllocations() {
		return this.allocations;
	}

	public void setAllocations(List<AllocationRow> allocations) {
		this.allocations = allocations;
	}

	public Cap getShareCap() {
		return this.shareCap;
	}

	public void setShareCap(Cap shareCap) {
		this.shareCap = shareCap;
	}

	public String getCriteria() {
		return this.criteria;
	}

	public void setCriteria(String criteria) {
		this.criteria = criteria;
	}

	public String getTemplateKey() {
		return this.templateKey;
	}

	public void setTemplateKey(String templateKey) {
		this.templateKey = templateKey;
	}

	static class SegmentRow extends EditableRow {

		private String name;

		private Integer quota;

		@Override
		boolean isBlank() {
			return !StringUtils.hasText(this.name) && this.quota == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getQuota() {
			return this.quota;
		}

		public void setQuota(Integer quota) {
			this.quota = quota;
		}

	}

	static class AllocationRow extends EditableRow {

		private Long unitId;

		private String segment;

		private Integer quota;

		@Override
		boolean isBlank() {
			return this.unitId == null && !StringUtils.hasText(this.segment) && this.quota == null;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public String getSegment() {
			return this.segment;
		}

		public void setSegment(String segment) {
			this.segment = segment;
		}

		public Integer getQuota() {
			return this.quota;
		}

		public void setQuota(Integer quota) {
			this.quota = quota;
		}

	}

	/** Left empty, the category has no share cap. */
	static class Cap {

		private String label;

		private Integer percent;

		boolean isBlank() {
			return !StringUtils.hasText(this.label) && this.percent == null;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public Integer getPercent() {
			return this.percent;
		}

		public void setPercent(Integer percent) {
			this.percent = percent;
		}

	}

}
