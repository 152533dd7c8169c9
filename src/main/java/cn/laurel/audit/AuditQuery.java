package cn.laurel.audit;

import java.time.LocalDate;

import org.springframework.util.StringUtils;

/** Filters of the audit viewer; blank fields do not filter. */
record AuditQuery(Long campaignId, String actor, String action, String subjectType, LocalDate from, LocalDate to,
		Integer page) {

	static final int PAGE_SIZE = 50;

	AuditQuery {
		actor = StringUtils.hasText(actor) ? actor.trim() : null;
		action = StringUtils.hasText(action) ? action.trim() : null;
		subjectType = StringUtils.hasText(subjectType) ? subjectType.trim() : null;
		page = (page == null || page < 0) ? 0 : page;
	}

}
