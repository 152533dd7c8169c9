package cn.laurel.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The built-in forms, transcribed field by field from the seeds' attachments
 * ({@code classpath:campaign/forms/*.json}): seed 000 附件2 and 附件3, seed 003 附件1, 附件2 and 附件3 with their
 * cover pages, seed 002 附件3 with its 附件4 征求意见表; and, where the plan names what to report but prints no
 * table, forms in its words: seed 001's two categories (staff and citizens) and seed 004's organisation, party
 * member and party worker; and a short generic form. A category starts from one and the organiser may adjust it.
 */
@Component
public class FormTemplates {

	private final Map<String, FormDefinition> templates = new LinkedHashMap<>();

	FormTemplates(JsonMapper json) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:campaign/forms/*.json");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				FormDefinition form = json.readValue(in, FormDefinition.class);
				if (!form.check().isEmpty()) {
					throw new IllegalStateException("Built-in form " + resource.getFilename() + " is invalid: "
							+ form.check());
				}
				this.templates.put(form.templateKey(), form);
			}
			catch (UncheckedIOException ex) {
				throw new IllegalStateException("Cannot read " + resource.getFilename(), ex);
			}
		}
	}

	public List<FormDefinition> all() {
		return List.copyOf(this.templates.values());
	}

	public Optional<FormDefinition> find(String key) {
		return Optional.ofNullable(this.templates.get(key));
	}

}
