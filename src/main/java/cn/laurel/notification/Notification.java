package cn.laurel.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice to one account, stored as a message key and its arguments so that each reader sees it
 * in their own language.
 *
 * @param link where the notice leads, or {@code null}
 */
public record Notification(long id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

	public boolean isUnread() {
		return this.readAt == null;
	}

}
