package cn.laurel.notification.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.laurel.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** An account's latest notices in the reader's language, with when they came in Beijing time. */
@Component
class NoticeLines {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	NoticeLines(Notifications notifications, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** A notice as the list and the API show it. */
	record Line(long id, String text, String link, String createdAt, boolean unread) {
	}

	List<Line> latest(long accountId, int most) {
		return this.notifications.latest(accountId, most)
			.stream()
			.map(n -> new Line(n.id(),
					this.messages.getMessage(n.messageKey(), n.args().toArray(), LocaleContextHolder.getLocale()),
					n.link(), WHEN.format(n.createdAt().atZone(this.clock.getZone())), n.isUnread()))
			.toList();
	}

}
