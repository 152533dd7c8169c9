package cn.laurel.review;

import java.util.Set;

import cn.laurel.org.Role;
import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The review module's menu entries, and scheduling for the daily reminders. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReviewConfiguration {

	@Bean
	NavigationEntry endorsementsNavigation() {
		return new NavigationEntry(20, "nav.endorsements", "nav.endorsements.description", "/endorsements",
				Set.of(Role.ENDORSER.name()));
	}

	@Bean
	NavigationEntry reviewNavigation() {
		return new NavigationEntry(30, "nav.review", "nav.review.description", "/review",
				Set.of(Role.ADMIN.name(), Role.ORGANISER.name()), Set.of("board"));
	}

}
