package cn.laurel.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the voting module: the valid votes a test sets per campaign. */
@TestConfiguration(proxyBeanMethods = false)
class StubVotes {

	static final Map<Long, Map<Long, Long>> VOTES = new ConcurrentHashMap<>();

	@Bean
	@Primary
	OnlineVotes stubOnlineVotes() {
		return campaignId -> VOTES.getOrDefault(campaignId, Map.of());
	}

}
