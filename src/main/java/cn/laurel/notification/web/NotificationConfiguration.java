package cn.laurel.notification.web;

import java.util.Set;

import cn.laurel.org.Role;
import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notices' menu entry, for every staff role. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	static final String NOTIFICATIONS = "/notifications";

	@Bean
	NavigationEntry notificationsNavigation() {
		return new NavigationEntry(80, "nav.notifications", "nav.notifications.description", NOTIFICATIONS,
				Set.of(Role.ADMIN.name(), Role.ORGANISER.name(), Role.CLERK.name(), Role.ENDORSER.name(),
						Role.JUDGE.name()));
	}

}
