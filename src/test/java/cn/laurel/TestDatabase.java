package cn.laurel;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts every test run from an empty schema: the first context of the JVM cleans, then migrates. No thread may
 * hold two connections at once ({@link OneConnectionPerThread}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	static OneConnectionPerThread.Wrapping oneConnectionPerThread() {
		return new OneConnectionPerThread.Wrapping();
	}

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
