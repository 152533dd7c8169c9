package cn.laurel.notification.web;

import java.time.Clock;
import java.util.List;

import cn.laurel.notification.Notifications;
import cn.laurel.org.LaurelUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notices as JSON: the latest hundred, newest first, in the language of the request with how
 * many are unread; marking one read, or all of them. Other users' notices are not found.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

	private static final int SHOWN = 100;

	private final Notifications notifications;

	private final NoticeLines lines;

	private final Clock clock;

	NotificationApi(Notifications notifications, NoticeLines lines, Clock clock) {
		this.notifications = notifications;
		this.lines = lines;
		this.clock = clock;
	}

	/** The notices and how many of all the user's notices are unread. */
	record Notices(long unread, List<NoticeLines.Line> notifications) {
	}

	@GetMapping
	Notices mine(@AuthenticationPrincipal LaurelUser user) {
		return new Notices(this.notifications.unread(user.accountId()), this.lines.latest(user.accountId(), SHOWN));
	}

	/** Marks every notice of the user read, as opening the list page does: 204. */
	@PostMapping("/read")
	ResponseEntity<Void> readAll(@AuthenticationPrincipal LaurelUser user) {
		this.notifications.markAllRead(user.accountId(), this.clock.instant());
		return ResponseEntity.noContent().build();
	}

	/** Marks one notice read: 204, or 404 when the user has no such notice. */
	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@AuthenticationPrincipal LaurelUser user, @PathVariable long id) {
		return ResponseEntity
			.status(this.notifications.markRead(user.accountId(), id, this.clock.instant()) ? HttpStatus.NO_CONTENT
					: HttpStatus.NOT_FOUND)
			.build();
	}

}
