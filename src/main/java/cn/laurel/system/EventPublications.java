package cn.laurel.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reactions of one module to another's facts ({@code @ApplicationModuleListener}) run after the fact's commit on
 * their own thread, and are stored with the fact in the event publication registry. A reaction that failed (a node
 * stopped, a database hiccup) is tried again here once it has waited {@code laurel.events.retry-after}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventPublications {

	private final IncompleteEventPublications incomplete;

	private final Duration retryAfter;

	EventPublications(IncompleteEventPublications incomplete,
			@Value("${laurel.events.retry-after:PT5M}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
	}

	@Scheduled(fixedDelayString = "${laurel.events.retry-every:PT1M}")
	void retryFailedReactions() {
		retryFailedReactions(this.retryAfter);
	}

	void retryFailedReactions(Duration olderThan) {
		this.incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}

}
