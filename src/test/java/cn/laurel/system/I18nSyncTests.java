package cn.laurel.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles, in Chinese and in English: the bundles
 * agree key for key, templates name only keys that exist and carry no text of their own, and Java
 * code holds no Chinese text. Each failure names the file and the offending key or text.
 */
class I18nSyncTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

	private static final String ENGLISH = "_en";

	/** A literal key, as in {@code #{home.welcome(...)}}; {@code #{${...}}} is dynamic and not matched. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.\\-]+)");

	/** Thymeleaf inline expressions {@code [[...]]} and {@code [(...)]}, which render no literal text. */
	private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** Text that reads the same in every language: punctuation, symbols, digits and spaces. */
	private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

	/** {@code \u5148} in a literal is Chinese all the same. */
	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");

	/** Attributes that give an element its content, so that any text written inside is only a prototype. */
	private static final List<String> CONTENT_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert");

	/** Of those, the ones that replace the element's children, so nested prototype text is dropped too. */
	private static final List<String> CHILD_REPLACING_ATTRIBUTES = List.of("th:text", "th:utext");

	@Test
	void everyBundleHasAnEnglishTwinWithExactlyTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path chinese : bundles()) {
			Path english = englishTwinOf(chinese);
			if (!Files.exists(english)) {
				problems.add(chinese + ": no English bundle " + english.getFileName());
				continue;
			}
			Set<String> chineseKeys = load(chinese).stringPropertyNames();
			Set<String> englishKeys = load(english).stringPropertyNames();
			missing(chineseKeys, englishKeys).forEach(key -> problems.add(english + ": missing key " + key));
			missing(englishKeys, chineseKeys).forEach(key -> problems.add(chinese + ": missing key " + key));
		}
		for (Path english : files(MESSAGES, "_en.properties")) {
			Path chinese = english.resolveSibling(english.getFileName().toString().replace(ENGLISH + ".", "."));
			if (!Files.exists(chinese)) {
				problems.add(english + ": no Chinese (default) bundle " + chinese.getFileName());
			}
		}
		assertNone("bundles out of step", problems);
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : files(MESSAGES, ".properties")) {
			Properties messages = load(bundle);
			new TreeSet<>(messages.stringPropertyNames()).stream()
				.filter(key -> messages.getProperty(key).isBlank())
				.forEach(key -> problems.add(bundle + ": empty value for " + key));
		}
		assertNone("empty messages", problems);
	}

	@Test
	void everyBundleIsLoadedByTheApplication() throws IOException {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new FileSystemResource(APPLICATION_YML));
		Set<String> basenames = Set.of(yaml.getObject().getProperty("spring.messages.basename").split("\\s*,\\s*"));
		List<String> problems = new ArrayList<>();
		for (Path bundle : bundles()) {
			String basename = "messages/" + bundle.getFileName().toString().replace(".properties", "");
			if (!basenames.contains(basename)) {
				problems.add(bundle + ": not listed in spring.messages.basename of " + APPLICATION_YML);
			}
		}
		assertNone("bundles never loaded", problems);
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path bundle : bundles()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					problems.add(template + ": unknown message key " + matcher.group(1));
				}
			}
		}
		assertNone("message keys missing from the bundles", problems);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document document = Jsoup.parse(Files.readString(template), "",
					Parser.htmlParser().setTrackPosition(true));
			for (TextNode text : document.getAllElements().stream().flatMap(e -> e.textNodes().stream()).toList()) {
				String literal = INLINE_EXPRESSION.matcher(text.text()).replaceAll("").strip();
				if (!LANGUAGE_NEUTRAL.matcher(literal).matches() && !isPrototypeOnly((Element) text.parent())) {
					problems.add(template + ":" + text.sourceRange().start().lineNumber() + ": <"
							+ ((Element) text.parent()).tagName() + "> has hard-coded text \"" + literal + "\"");
				}
			}
		}
		assertNone("hard-coded text in templates (use th:text=\"#{key}\")", problems);
	}

	@Test
	void javaSourcesHoldNoChineseStringLiterals() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path source : files(JAVA, ".java")) {
			for (JavaLiteral literal : JavaLiteral.in(Files.readString(source))) {
				if (UNICODE_ESCAPE.matcher(literal.text())
					.replaceAll(escape -> Character.toString(Integer.parseInt(escape.group(1), 16)))
					.codePoints()
					.anyMatch(I18nSyncTests::isChinese)) {
					problems.add(source + ":" + literal.line() + ": " + literal.text());
				}
			}
		}
		assertNone("Chinese text in Java string literals (put it in a message bundle)", problems);
	}

	/** Text the rendered page never shows, because Thymeleaf replaces it. */
	private static boolean isPrototypeOnly(Element element) {
		if (CONTENT_ATTRIBUTES.stream().anyMatch(attribute -> hasThymeleaf(element, attribute))) {
			return true;
		}
		return element.parents()
			.stream()
			.anyMatch(parent -> CHILD_REPLACING_ATTRIBUTES.stream().anyMatch(a -> hasThymeleaf(parent, a)));
	}

	private static boolean hasThymeleaf(Element element, String attribute) {
		return element.hasAttr(attribute) || element.hasAttr("data-" + attribute.replace(':', '-'));
	}

	private static boolean isChinese(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

	private static void assertNone(String what, List<String> problems) {
		assertThat(problems).withFailMessage(() -> what + ":\n  " + String.join("\n  ", problems)).isEmpty();
	}

	private static Set<String> missing(Set<String> expected, Set<String> actual) {
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(actual);
		return missing;
	}

	/** The default (Chinese) bundles. */
	private static List<Path> bundles() throws IOException {
		return files(MESSAGES, ".properties").stream()
			.filter(path -> !path.getFileName().toString().contains("_"))
			.toList();
	}

	private static Path englishTwinOf(Path bundle) {
		return bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", ENGLISH + ".properties"));
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** A string, text block or char literal of a Java source, with escapes left as written. */
	record JavaLiteral(int line, String text) {

		/** Skips comments, so that Chinese in javadoc (naming the seeds' terms) stays allowed. */
		static List<JavaLiteral> in(String source) {
			List<JavaLiteral> literals = new ArrayList<>();
			int line = 1;
			int i = 0;
			while (i < source.length()) {
				char c = source.charAt(i);
				if (source.startsWith("//", i)) {
					i = indexOrEnd(source, "\n", i);
				}
				else if (source.startsWith("/*", i)) {
					int end = indexOrEnd(source, "*/", i + 2) + 2;
					line += count(source, i, end);
					i = end;
				}
				else if (source.startsWith("\"\"\"", i)) {
					int end = closing(source, i + 3, "\"\"\"");
					literals.add(new JavaLiteral(line, source.substring(i, Math.min(end + 3, source.length()))));
					line += count(source, i, end);
					i = end + 3;
				}
				else if (c == '"' || c == '\'') {
					int end = closing(source, i + 1, String.valueOf(c));
					literals.add(new JavaLiteral(line, source.substring(i, Math.min(end + 1, source.length()))));
					i = end + 1;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					i++;
				}
			}
			return literals;
		}

		private static int closing(String source, int from, String delimiter) {
			int i = from;
			while (i < source.length() && !source.startsWith(delimiter, i)) {
				i += (source.charAt(i) == '\\') ? 2 : 1;
			}
			return Math.min(i, source.length());
		}

		private static int indexOrEnd(String source, String text, int from) {
			int index = source.indexOf(text, from);
			return (index < 0) ? source.length() : index;
		}

		private static int count(String source, int from, int to) {
			return (int) source.substring(from, Math.min(to, source.length())).chars().filter(c -> c == '\n').count();
		}

	}

}
