package cn.laurel.system;

/** The app was started outside the profile {@code local} without a PostgreSQL URL. */
class DatabaseUrlMissing extends RuntimeException {

	DatabaseUrlMissing() {
		super("No database configured: set LAUREL_DB_URL (or spring.datasource.url) to the PostgreSQL server, "
				+ "or run with the Spring profile 'local' for the embedded database and the demo");
	}

}
