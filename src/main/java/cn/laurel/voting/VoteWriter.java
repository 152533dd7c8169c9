package cn.laurel.voting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Group commit: request threads queue their votes and wait; a writer thread drains whatever has
 * queued up into a single transaction, and only after that transaction has committed completes each
 * vote's future. Many concurrent votes therefore cost one commit, and no vote is acknowledged before
 * it is durable. A writer that has a first vote lingers a moment before it drains the queue, so that a
 * commit carries the votes of many requests rather than of a few: a statement costs the database far more
 * than a row in it. A second writer fills the next batch while the first waits for the database, so the
 * database is never idle under load. On shutdown the writers stop after the web server and write what
 * is still queued.
 */
class VoteWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

	/** Stops after the web server's graceful shutdown (which runs at DEFAULT_PHASE - 1024). */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	/** What a stored vote's future says. */
	enum Outcome {

		/** Committed. */
		STORED,
		/** Not stored: its number in the voter's day was taken in the database (another node, or before a restart). */
		TAKEN

	}

	/** Stores a batch in one transaction and says, after the commit, which votes were new. */
	@FunctionalInterface
	interface BatchStore {

		boolean[] store(List<NewVote> votes);

	}

	/** The queue is full: the voter is asked to try again rather than wait without end. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("the vote queue is full", null, false, false);
		}

	}

	private record Pending(NewVote vote, CompletableFuture<Outcome> done) {
	}

	private final BatchStore store;

	private final int batchSize;

	private final BlockingQueue<Pending> queue;

	private final int threads;

	private final long lingerNanos;

	private volatile boolean running;

	private final List<Thread> writers = new ArrayList<>();

	VoteWriter(BatchStore store, int threads, int batchSize, int queueCapacity, Duration linger) {
		this.store = store;
		this.threads = threads;
		this.lingerNanos = linger.toNanos();
		this.batchSize = batchSize;
		this.queue = new ArrayBlockingQueue<>(queueCapacity);
	}

	CompletableFuture<Outcome> submit(NewVote vote) {
		Pending pending = new Pending(vote, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(pending)) {
			return CompletableFuture.failedFuture(new Busy());
		}
		return pending.done();
	}

	private void drain() {
		List<Pending> batch = new ArrayList<>(this.batchSize);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				if (this.lingerNanos > 0) {
					LockSupport.parkNanos(this.lingerNanos);
				}
				this.queue.drainTo(batch, this.batchSize - 1);
				write(batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<Pending> batch) {
		batch.sort((a, b) -> NewVote.KEY_ORDER.compare(a.vote(), b.vote()));
		try {
			boolean[] stored = this.store.store(batch.stream().map(Pending::vote).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).done().complete(stored[i] ? Outcome.STORED : Outcome.TAKEN);
			}
		}
		catch (RuntimeException ex) {
			log.warn("A batch of {} votes was not stored: {}", batch.size(), ex.toString());
			batch.forEach(pending -> pending.done().completeExceptionally(ex));
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 0; i < this.threads; i++) {
			Thread writer = new Thread(this::drain, "vote-writer-" + i);
			this.writers.add(writer);
			writer.start();
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		try {
			for (Thread writer : this.writers) {
				writer.join();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.writers.clear();
	}

	/** How many votes wait for a writer to take them. */
	int queued() {
		return this.queue.size();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
