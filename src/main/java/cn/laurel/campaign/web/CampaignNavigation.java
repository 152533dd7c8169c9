package cn.laurel.campaign.web;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampaignNavigation {

	@Bean
	NavigationEntry campaignsNavigation() {
		return new NavigationEntry(10, "nav.campaigns", "nav.campaigns.description", "/campaigns",
				Set.of("ADMIN", "ORGANISER"));
	}

}
