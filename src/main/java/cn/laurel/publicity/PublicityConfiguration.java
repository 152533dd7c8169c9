package cn.laurel.publicity;

import java.util.List;
import java.util.Set;

import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.PhaseGuard;
import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicityConfiguration {

	@Bean
	NavigationEntry publicityNavigation() {
		return new NavigationEntry(40, "nav.publicity", "nav.publicity.description", "/publicity",
				Set.of("ADMIN", "ORGANISER"));
	}

	/** A campaign leaves 公示 only when every period is over, every fill-in publicised and every objection concluded. */
	@Bean
	PhaseGuard publicitySettled(Publicity publicity) {
		return (campaign, from, to) -> from == CampaignPhase.PUBLICITY ? publicity.openMatters(campaign.getId())
				: List.of();
	}

}
