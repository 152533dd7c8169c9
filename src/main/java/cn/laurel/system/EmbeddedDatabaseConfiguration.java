package cn.laurel.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The database when no datasource URL is configured: under the profile {@code local} (the README's run command,
 * the tests) the embedded PostgreSQL; otherwise none, and the start fails with {@link DatabaseUrlMissing}. A
 * configured {@code spring.datasource.url} (or {@code LAUREL_DB_URL}) always wins and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	static final String LOCAL = "local";

	@Bean
	@Profile(LOCAL)
	EmbeddedDatabase embeddedDatabase(@Value("${laurel.embedded-db.data-dir}") Path dataDir,
			@Value("${laurel.embedded-db.wipe-on-start:false}") boolean wipe,
			@Value("${laurel.embedded-db.durable:true}") boolean durable) {
		return EmbeddedDatabase.at(dataDir, wipe, durable);
	}

	@Bean
	@Profile(LOCAL)
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("laurel-embedded");
		return dataSource;
	}

	/**
	 * A production node without a database refuses to start before any bean exists, rather than run on a
	 * database of its own that no other node shares.
	 */
	@Bean
	@Profile("!" + LOCAL)
	static BeanFactoryPostProcessor databaseUrlRequired() {
		return beanFactory -> {
			throw new DatabaseUrlMissing();
		};
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
