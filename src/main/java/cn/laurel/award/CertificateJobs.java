package cn.laurel.award;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Certificate batches made in the background, one at a time (each is CPU-bound typesetting), into a zip in a
 * temporary file. The registry lives in this node's memory: with several nodes behind a load balancer the
 * progress page must reach the node that runs the batch (sticky sessions), see the README. A campaign's new
 * batch replaces its previous one.
 */
@Component
class CertificateJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CertificateJobs.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "certificate-batch");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	/** Writes a batch: the archive, and a tick after each document. */
	@FunctionalInterface
	interface Work {

		void writeTo(OutputStream zip, Runnable tick) throws IOException;

	}

	/** A batch's progress; {@code zip} is set once it is complete. */
	static final class Job {

		private final String id;

		private final long campaignId;

		private final int total;

		private final AtomicInteger done = new AtomicInteger();

		private volatile Path zip;

		private volatile boolean failed;

		private Job(long campaignId, int total) {
			this.id = UUID.randomUUID().toString();
			this.campaignId = campaignId;
			this.total = total;
		}

		public String getId() {
			return this.id;
		}

		public int getTotal() {
			return this.total;
		}

		public int getDone() {
			return this.done.get();
		}

		public int getPercent() {
			return this.total == 0 ? 100 : this.done.get() * 100 / this.total;
		}

		public boolean isFinished() {
			return this.zip != null;
		}

		public boolean isFailed() {
			return this.failed;
		}

		public boolean isRunning() {
			return !isFinished() && !this.failed;
		}

		Path zip() {
			return this.zip;
		}

	}

	Job start(long campaignId, int total, Work work) {
		this.jobs.values().removeIf(old -> {
			boolean replaced = old.campaignId == campaignId && !old.isRunning();
			if (replaced) {
				delete(old);
			}
			return replaced;
		});
		Job job = new Job(campaignId, total);
		this.jobs.put(job.id, job);
		this.worker.submit(() -> run(job, work));
		return job;
	}

	/** The campaign's batch with this id, if this node runs or ran it. */
	Optional<Job> find(long campaignId, String jobId) {
		return Optional.ofNullable(this.jobs.get(jobId)).filter(job -> job.campaignId == campaignId);
	}

	private static void run(Job job, Work work) {
		try {
			Path file = Files.createTempFile("laurel-certificates-", ".zip");
			try (OutputStream out = Files.newOutputStream(file)) {
				work.writeTo(out, job.done::incrementAndGet);
			}
			job.zip = file;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Certificate batch {} of campaign {} failed", job.id, job.campaignId, ex);
			job.failed = true;
		}
	}

	private static void delete(Job job) {
		if (job.zip != null) {
			try {
				Files.deleteIfExists(job.zip);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
		this.jobs.values().forEach(CertificateJobs::delete);
	}

}
