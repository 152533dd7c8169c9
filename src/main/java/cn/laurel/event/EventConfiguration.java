package cn.laurel.event;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventConfiguration {

	@Bean
	NavigationEntry eventNavigation() {
		return new NavigationEntry(55, "nav.events", "nav.events.description", "/events", Set.of("ADMIN", "ORGANISER"));
	}

}
