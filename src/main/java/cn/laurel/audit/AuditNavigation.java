package cn.laurel.audit;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditLogNavigation() {
		return new NavigationEntry(90, "nav.audit", "nav.audit.description", "/audit", Set.of("ADMIN", "ORGANISER"));
	}

}
