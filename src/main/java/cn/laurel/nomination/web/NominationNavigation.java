package cn.laurel.nomination.web;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NominationNavigation {

	@Bean
	NavigationEntry nominationsNavigation() {
		return new NavigationEntry(20, "nav.nominations", "nav.nominations.description", "/nominations",
				Set.of("CLERK"));
	}

}
