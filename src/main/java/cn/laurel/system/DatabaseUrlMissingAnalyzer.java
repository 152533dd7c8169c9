package cn.laurel.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which settings a production start lacks, instead of a stack trace. */
class DatabaseUrlMissingAnalyzer extends AbstractFailureAnalyzer<DatabaseUrlMissing> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUrlMissing cause) {
		return new FailureAnalysis(
				"Laurel was started without a database URL and without the Spring profile 'local'.",
				"Set LAUREL_DB_URL, LAUREL_DB_USER and LAUREL_DB_PASSWORD (or spring.datasource.*) to the PostgreSQL "
						+ "server shared by every node, and LAUREL_DATA_KEY. For a local trial with the embedded database "
						+ "and the demo, run ./mvnw spring-boot:run or start with --spring.profiles.active=local.",
				cause);
	}

}
