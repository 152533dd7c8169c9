package cn.laurel.notification.web;

import java.util.Map;

import cn.laurel.notification.Notifications;
import cn.laurel.org.LaurelUser;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of unread notices, shown as a badge on the menu entry of the notifications. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

	private final Notifications notifications;

	NotificationBadge(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Menu path → number shown next to it; empty when there is nothing unread. */
	@ModelAttribute("navigationBadges")
	Map<String, Long> badges(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof LaurelUser user)
				|| user.accountId() == null) {
			return Map.of();
		}
		long unread = this.notifications.unread(user.accountId());
		return unread == 0 ? Map.of() : Map.of(NotificationConfiguration.NOTIFICATIONS, unread);
	}

}
