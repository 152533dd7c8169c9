package cn.laurel.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.laurel.campaign.FormDefinition;
import tools.jackson.databind.json.JsonMapper;

/** The built-in seed forms, read as the application reads them. */
final class Forms {

	private Forms() {
	}

	static FormDefinition of(String templateKey) {
		try (InputStream in = Forms.class.getResourceAsStream("/campaign/forms/" + templateKey + ".json")) {
			return JsonMapper.builder().build().readValue(in, FormDefinition.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
