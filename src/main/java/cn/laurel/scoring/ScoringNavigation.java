package cn.laurel.scoring;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScoringNavigation {

	@Bean
	NavigationEntry scoringPagesEntry() {
		return new NavigationEntry(50, "nav.scoring", "nav.scoring.description", "/scoring",
				Set.of("ADMIN", "ORGANISER"));
	}

	@Bean
	NavigationEntry judgingPagesEntry() {
		return new NavigationEntry(51, "nav.judging", "nav.judging.description", "/judging", Set.of("JUDGE"));
	}

}
