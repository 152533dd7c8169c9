package cn.laurel.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for personal data at rest: {@code LAUREL_DATA_KEY} (base64 of 32 random bytes), the same
 * on every node. Only the embedded development database may do without it: a key is then made
 * once and kept next to the data it protects.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

	@Bean
	PersonalData personalData(@Value("${laurel.data-key:}") String key,
			@Value("${spring.datasource.url:}") String datasourceUrl,
			@Value("${laurel.embedded-db.data-dir}") Path embeddedDataDir) throws IOException {
		if (!key.isBlank()) {
			return new PersonalData(Base64.getDecoder().decode(key.strip()));
		}
		if (!datasourceUrl.isBlank()) {
			throw new IllegalStateException(
					"LAUREL_DATA_KEY must be set when an external database is used (base64 of 32 random bytes, "
							+ "e.g. `openssl rand -base64 32`), and be the same on every node");
		}
		return new PersonalData(localKey(embeddedDataDir.toAbsolutePath().normalize().resolveSibling("data-key")));
	}

	private static byte[] localKey(Path file) throws IOException {
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(key));
		return key;
	}

}
