package cn.laurel.system;

import java.time.Duration;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.ModuleReactions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A module's reaction to another's fact runs after the fact has committed, and one that fails is kept in the event
 * publication registry and retried instead of lost.
 */
@LaurelIntegrationTest
class FailedReactionsTests {

	@Autowired
	FlakyReaction reaction;

	@Autowired
	EventPublications publications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedReactionStaysOnRecordAndIsRetriedUntilItCompletes() {
		this.reaction.failing(true);
		int completed = this.reaction.completed();
		int before = this.reaction.attempts();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new FlakyReaction.Happened("a")));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reaction.attempts() > before);
		await().atMost(Duration.ofSeconds(20)).until(() -> waiting() == 1);

		this.reaction.failing(false);
		this.publications.retryFailedReactions(Duration.ZERO);
		ModuleReactions.settle(this.jdbc);

		assertThat(this.reaction.completed()).isEqualTo(completed + 1);
		assertThat(waiting()).isZero();
	}

	@Test
	void aFactRolledBackCausesNoReaction() {
		int before = this.reaction.attempts();
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new FlakyReaction.Happened("b"));
			status.setRollbackOnly();
		});
		ModuleReactions.settle(this.jdbc);
		assertThat(this.reaction.attempts()).isEqualTo(before);
	}

	private long waiting() {
		return this.jdbc
			.sql("select count(*) from event_publication where event_type like '%FlakyReaction$Happened'")
			.query(Long.class)
			.single();
	}

}
