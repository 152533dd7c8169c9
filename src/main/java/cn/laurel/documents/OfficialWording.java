package cn.laurel.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The Chinese typography of 公文, from {@code documents/official-wording.properties}. */
final class OfficialWording {

	static final OfficialWording WORDING = load("/documents/official-wording.properties");

	private final Properties properties;

	private OfficialWording(Properties properties) {
		this.properties = properties;
	}

	/** Reads a UTF-8 properties resource. */
	static Properties properties(String resource) {
		try (InputStream in = OfficialWording.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The resource " + resource + " is missing");
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static OfficialWording load(String resource) {
		return new OfficialWording(properties(resource));
	}

	String text(String key) {
		String value = this.properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("No " + key + " in the official wording");
		}
		return value;
	}

	List<String> list(String key) {
		return Arrays.stream(text(key).split(",")).map(String::strip).toList();
	}

	boolean isAmong(String key, char c) {
		return text(key).indexOf(c) >= 0;
	}

}
