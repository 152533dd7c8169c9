package cn.laurel.nomination;

import java.util.Optional;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.FieldType;

/**
 * Who a nomination is about, for spotting the same person nominated twice in a campaign: the ID
 * number where the form asks for one, else name + birth month + unit. Deeds and organisations have
 * none. The result is hashed with the instance's key before it is stored.
 */
final class PersonKeys {

	private PersonKeys() {
	}

	static Optional<String> of(FormDefinition form, Answers answers, long unitId) {
		Optional<String> id = form.fields().stream()
			.filter(field -> field.type() == FieldType.ID_NUMBER)
			.map(field -> answers.value(field.key()).toUpperCase())
			.filter(value -> !value.isEmpty())
			.findFirst();
		if (id.isPresent()) {
			return Optional.of("id:" + id.get());
		}
		boolean person = form.fields().stream().anyMatch(field -> field.key().equals("name"));
		String name = answers.value("name").replaceAll("\\s", "");
		String birth = form.fields().stream()
			.filter(field -> field.type() == FieldType.YEAR_MONTH && field.key().startsWith("birth"))
			.map(field -> answers.value(field.key()))
			.findFirst()
			.orElse("");
		if (!person || name.isEmpty() || birth.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("person:" + name + "|" + birth + "|" + unitId);
	}

}
