package cn.laurel.calendar;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationEntry holidaysNavigation() {
		return new NavigationEntry(83, "nav.calendar", "nav.calendar.description", "/admin/calendar",
				Set.of("ADMIN"));
	}

}
