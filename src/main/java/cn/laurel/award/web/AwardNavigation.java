package cn.laurel.award.web;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AwardNavigation {

	@Bean
	NavigationEntry awardsNavigation() {
		return new NavigationEntry(45, "nav.award", "nav.award.description", "/award", Set.of("ADMIN", "ORGANISER"));
	}

}
