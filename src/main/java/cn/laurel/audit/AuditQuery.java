package cn.laurel.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.util.StringUtils;

/**
 * Filters of the audit viewer; blank fields do not filter. {@code action} is a prefix, so
 * {@code campaign.} finds every campaign action; {@code from} and {@code to} are calendar days in
 * Beijing, both included.
 */
public record AuditQuery(Long campaignId, String actor, String action, String subjectType,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, Integer page) {

	static final int PAGE_SIZE = 50;

	public AuditQuery {
		actor = StringUtils.hasText(actor) ? actor.trim() : null;
		action = StringUtils.hasText(action) ? action.trim() : null;
		subjectType = StringUtils.hasText(subjectType) ? subjectType.trim() : null;
		page = (page == null || page < 0) ? 0 : page;
	}

}
