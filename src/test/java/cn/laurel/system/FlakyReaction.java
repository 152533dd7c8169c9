package cn.laurel.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reaction that fails while it is set to fail, to a fact only {@link FailedReactionsTests} publishes. A plain
 * component in the test sources, so every test context has it and none needs a context of its own.
 */
@Component
class FlakyReaction {

	/** A fact no production code publishes. */
	record Happened(String what) {
	}

	private volatile boolean failing;

	private final AtomicInteger attempts = new AtomicInteger();

	private final AtomicInteger completed = new AtomicInteger();

	// read and set through methods: the bean is a proxy (the reaction is asynchronous and transactional)
	void failing(boolean failing) {
		this.failing = failing;
	}

	int attempts() {
		return this.attempts.get();
	}

	int completed() {
		return this.completed.get();
	}

	@ApplicationModuleListener
	void on(Happened fact) {
		this.attempts.incrementAndGet();
		if (this.failing) {
			throw new IllegalStateException("the reaction to " + fact.what() + " failed");
		}
		this.completed.incrementAndGet();
	}

}
