package cn.laurel.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.FormDefinition;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The built-in seed forms and campaign templates, read as the application reads them. */
final class Forms {

	private Forms() {
	}

	static FormDefinition of(String templateKey) {
		return read("/campaign/forms/" + templateKey + ".json", FormDefinition.class);
	}

	static CampaignTemplate campaignTemplate(String key) {
		return read("/campaign/templates/" + key + ".json", CampaignTemplate.class);
	}

	private static <T> T read(String resource, Class<T> type) {
		try (InputStream in = Forms.class.getResourceAsStream(resource)) {
			// as Spring Boot's mapper reads them: a template leaves out what it does not use (a step's parentLevel)
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.build()
				.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
