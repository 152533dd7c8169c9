package cn.laurel;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits until every module's reaction to the facts published so far has run: reactions run after commit on their
 * own thread, and each is a row of the event publication registry until it completes.
 */
public final class ModuleReactions {

	private ModuleReactions() {
	}

	public static void settle(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

}
