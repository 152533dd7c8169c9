package cn.laurel.org;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavigationEntry unitsNavigation() {
		return new NavigationEntry(80, "nav.units", "nav.units.description", "/admin/units", Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry accountsNavigation() {
		return new NavigationEntry(81, "nav.accounts", "nav.accounts.description", "/admin/accounts",
				Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry importNavigation() {
		return new NavigationEntry(82, "nav.org-import", "nav.org-import.description", "/admin/import",
				Set.of("ADMIN"));
	}

}
