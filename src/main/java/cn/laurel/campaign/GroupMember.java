package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of the leading group (评选领导小组) or of one of its sub-groups (seed 000 附件1:
 * 会务协调组, 宣传创意组, 组织评审组).
 *
 * @param subGroup the sub-group's name, or {@code null} for the leading group itself
 */
@Table("leading_group_member")
public record GroupMember(String subGroup, Post post, String name) {

	/** 组长 / 副组长 / 成员（组员）. */
	public enum Post {

		LEADER, DEPUTY, MEMBER;

		public String messageKey() {
			return "post." + name();
		}

	}

}
