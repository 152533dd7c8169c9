package cn.laurel.system;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server the application runs on by default acknowledges a commit only once it is on disk. */
@Tag("database")
class EmbeddedDatabaseTests {

	@Test
	void aDurableServerFlushesEveryCommitToDisk() throws Exception {
		// a server of its own, beside the tests' one (which need not wait for the disk); stopped with the JVM
		EmbeddedDatabase database = EmbeddedDatabase.at(Path.of("target/embedded-postgres-durable"), true, true);

		try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
				var statement = connection.createStatement();
				var settings = statement.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
			settings.next();
			assertThat(settings.getString(1)).isEqualTo("on");
			assertThat(settings.getString(2)).isEqualTo("on");
		}
	}

}
