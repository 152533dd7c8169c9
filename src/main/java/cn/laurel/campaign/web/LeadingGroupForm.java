package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.GroupMember;

import org.springframework.util.StringUtils;

/**
 * The leading group as rows of sub-group, post and name. A name cell may hold several names
 * separated as the seeds list them (田强、李斌、时桂琴), which become one row each, so a whole
 * 成员 line of an attachment can be pasted at once.
 */
class LeadingGroupForm {

	/** The separators of the seeds' name lists; not spaces, which pad two-character names (肖  政). */
	private static final Pattern NAME_SEPARATORS = Pattern
		.compile("[\\N{IDEOGRAPHIC COMMA}\\N{FULLWIDTH COMMA}\\N{FULLWIDTH SEMICOLON},;]");

	private List<Row> leadingGroup = new ArrayList<>();

	static LeadingGroupForm of(Campaign campaign) {
		LeadingGroupForm form = new LeadingGroupForm();
		for (GroupMember member : campaign.getLeadingGroup()) {
			form.leadingGroup.add(new Row(member.subGroup(), member.post(), member.name()));
		}
		return form;
	}

	/** Drops removed and blank rows and splits cells holding several names into rows of their own. */
	void compact() {
		EditableRow.compact(this.leadingGroup);
		List<Row> rows = new ArrayList<>();
		for (Row row : this.leadingGroup) {
			List<String> names = row.name == null ? List.of()
					: NAME_SEPARATORS.splitAsStream(row.name).map(String::trim).filter(n -> !n.isEmpty()).toList();
			if (names.size() < 2) {
				rows.add(row);
			}
			else {
				names.forEach(name -> rows.add(new Row(row.subGroup, row.post, name)));
			}
		}
		this.leadingGroup = rows;
	}

	List<GroupMember> asDomain() {
		return this.leadingGroup.stream()
			.map(row -> new GroupMember(StringUtils.hasText(row.subGroup) ? row.subGroup.trim() : null, row.post,
					StringUtils.hasText(row.name) ? row.name.trim() : null))
			.toList();
	}

	public List<Row> getLeadingGroup() {
		return this.leadingGroup;
	}

	public void setLeadingGroup(List<Row> leadingGroup) {
		this.leadingGroup = leadingGroup;
	}

	static class Row extends EditableRow {

		private String subGroup;

		private GroupMember.Post post;

		private String name;

		Row() {
		}

		Row(String subGroup, GroupMember.Post post, String name) {
			this.subGroup = subGroup;
			this.post = post;
			this.name = name;
		}

		@Override
		boolean isBlank() {
			return !StringUtils.hasText(this.subGroup) && this.post == null && !StringUtils.hasText(this.name);
		}

		public String getSubGroup() {
			return this.subGroup;
		}

		public void setSubGroup(String subGroup) {
			this.subGroup = subGroup;
		}

		public GroupMember.Post getPost() {
			return this.post;
		}

		public void setPost(GroupMember.Post post) {
			this.post = post;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
