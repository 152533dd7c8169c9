package cn.laurel.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word the org module shows comes from its message bundles, in both languages. */
class OrgMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/org");

	private static final Path SOURCES = Path.of("src/main/java/cn/laurel/org");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*)<");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)[}(]");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(load("messages/org_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages/org.properties").stringPropertyNames());
	}

	@Test
	void everyUnitTypeRoleAndCapacityHasAName() {
		Set<String> keys = load("messages/org.properties").stringPropertyNames();
		Stream.of(UnitType.values()).forEach(type -> assertThat(keys).contains(type.messageKey()));
		Stream.of(Role.values()).forEach(role -> assertThat(keys).contains(role.messageKey()));
		Stream.of(Capacity.values()).forEach(capacity -> assertThat(keys).contains(capacity.messageKey()));
		assertThat(keys).contains("nav.units", "nav.units.description", "nav.accounts", "nav.accounts.description");
	}

	@Test
	void templatesShowNoHardCodedText() {
		List<String> offending = new ArrayList<>();
		templates().forEach(template -> {
			Matcher matcher = TEXT_BETWEEN_TAGS.matcher(read(template));
			while (matcher.find()) {
				String attributes = matcher.group(2);
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:errors");
				if (!matcher.group(3).isBlank() && !replaced && !matcher.group(1).equals("script")) {
					offending.add(template.getFileName() + ": " + matcher.group(3).strip());
				}
			}
		});
		assertThat(offending).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() {
		Set<String> keys = new HashSet<>(load("messages/org.properties").stringPropertyNames());
		keys.addAll(load("messages/common.properties").stringPropertyNames());
		List<String> missing = new ArrayList<>();
		templates().forEach(template -> {
			Matcher matcher = MESSAGE_KEY.matcher(read(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void javaCodeHoldsNoChineseText() throws IOException {
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			assertThat(sources.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> HAN.matcher(read(path).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "")).find())
				.map(Path::getFileName)
				.toList()).isEmpty();
		}
	}

	private static List<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
