package cn.laurel.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Certificate batches made in the background, one at a time on each node (each is CPU-bound typesetting),
 * into a zip. A batch's progress and its zip are kept in the database ({@code certificate_batch}), so any node
 * behind a load balancer answers the progress page and serves the download. A batch that has not advanced
 * for {@link #STALE} ran on a node that stopped, and counts as failed. A campaign's new batch replaces its
 * previous one.
 */
@Component
public class CertificateJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CertificateJobs.class);

	/** Far longer than a certificate takes, even behind another campaign's batch on the same node. */
	static final Duration STALE = Duration.ofMinutes(10);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "certificate-batch");
		thread.setDaemon(true);
		return thread;
	});

	/** Batches this node has taken on and not finished: failed on shutdown rather than left to go stale. */
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	private final JdbcClient jdbc;

	/** The batch is recorded in a transaction of its own, committed before the worker may touch it. */
	private final TransactionTemplate transaction;

	private final Clock clock;

	CertificateJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Writes a batch: the archive, and a tick after each document. */
	@FunctionalInterface
	interface Work {

		void writeTo(OutputStream zip, Runnable tick) throws IOException;

	}

	enum State {

		RUNNING, FINISHED, FAILED

	}

	/** Where a batch stands, as the progress page shows it. */
	public static final class Job {

		private final String id;

		private final int total;

		private final int done;

		private final State state;

		Job(String id, int total, int done, State state) {
			this.id = id;
			this.total = total;
			this.done = done;
			this.state = state;
		}

		public String getId() {
			return this.id;
		}

		public int getTotal() {
			return this.total;
		}

		public int getDone() {
			return this.done;
		}

		public int getPercent() {
			return this.total == 0 ? 100 : this.done * 100 / this.total;
		}

		public boolean isFinished() {
			return this.state == State.FINISHED;
		}

		public boolean isFailed() {
			return this.state == State.FAILED;
		}

		public boolean isRunning() {
			return this.state == State.RUNNING;
		}

	}

	Job start(long campaignId, int total, Work work) {
		// inside the caller's transaction the row would be committed after the worker looks for it, and a
		// transaction of its own would take a second connection
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
				"a certificate batch is started outside any transaction");
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("delete from certificate_batch where campaign_id = ? and state <> 'RUNNING'")
				.param(campaignId)
				.update();
			Timestamp now = now();
			this.jdbc.sql("""
					insert into certificate_batch (id, campaign_id, total, state, started_at, updated_at)
					values (?, ?, ?, 'RUNNING', ?, ?)""")
				.params(id, campaignId, total, now, now)
				.update();
		});
		this.running.add(id);
		this.worker.submit(() -> run(id, work));
		return new Job(id.toString(), total, 0, State.RUNNING);
	}

	/** The campaign's batch with this id, on whichever node it ran. */
	Optional<Job> find(long campaignId, String jobId) {
		return parse(jobId).flatMap(id -> this.jdbc
			.sql("select total, done, state, updated_at from certificate_batch where id = ? and campaign_id = ?")
			.params(id, campaignId)
			.query((rs, row) -> {
				State state = State.valueOf(rs.getString(3));
				boolean stale = state == State.RUNNING
						&& rs.getTimestamp(4).toInstant().isBefore(this.clock.instant().minus(STALE));
				return new Job(id.toString(), rs.getInt(1), rs.getInt(2), stale ? State.FAILED : state);
			})
			.optional());
	}

	/** A finished batch's zip. */
	Optional<byte[]> zip(long campaignId, String jobId) {
		return parse(jobId).flatMap(id -> this.jdbc
			.sql("select zip from certificate_batch where id = ? and campaign_id = ? and state = 'FINISHED'")
			.params(id, campaignId)
			.query(byte[].class)
			.optional());
	}

	private void run(UUID id, Work work) {
		try {
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			work.writeTo(zip, () -> this.jdbc
				.sql("update certificate_batch set done = done + 1, updated_at = ? where id = ?")
				.params(now(), id)
				.update());
			// a batch failed meanwhile (its node shutting down) stays failed
			this.jdbc.sql("""
					update certificate_batch set zip = ?, state = 'FINISHED', updated_at = ?
					where id = ? and state = 'RUNNING'""")
				.params(zip.toByteArray(), now(), id)
				.update();
		}
		catch (IOException | RuntimeException ex) {
			log.error("Certificate batch {} failed", id, ex);
			fail(id);
		}
		finally {
			this.running.remove(id);
		}
	}

	private void fail(UUID id) {
		this.jdbc.sql("update certificate_batch set state = 'FAILED', updated_at = ? where id = ? and state = 'RUNNING'")
			.params(now(), id)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Optional<UUID> parse(String jobId) {
		try {
			return Optional.of(UUID.fromString(jobId));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void destroy() {
		this.running.forEach(this::fail);
		this.worker.shutdownNow();
	}

}
