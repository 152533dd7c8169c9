package cn.laurel.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An audit entry as a reader sees it: the time in Beijing, the action also by its name in the
 * reader's language, and the states as indented JSON (embedded as JSON, not as strings, in the API).
 */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String actor, String action, String actionName,
		String subjectType, String subjectId, Long campaignId, @JsonRawValue String before,
		@JsonRawValue String after, String reason) {

}
