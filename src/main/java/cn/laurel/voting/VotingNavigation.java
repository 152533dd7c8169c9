package cn.laurel.voting;

import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VotingNavigation {

	@Bean
	NavigationEntry votingEntry() {
		return new NavigationEntry(40, "nav.voting", "nav.voting.description", "/voting", Set.of("ADMIN", "ORGANISER"));
	}

}
