package cn.laurel.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * The words an import file may use for unit types, roles and capacities: their names in every language of
 * the application as the message bundles spell them, or the constant names the API uses. Case and
 * surrounding spaces do not matter, so a template filled in under either language imports the same.
 */
record ImportVocabulary(Map<String, UnitType> types, Map<String, Role> roles, Map<String, Capacity> capacities) {

	static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	static ImportVocabulary from(MessageSource messages) {
		Map<String, UnitType> types = new HashMap<>();
		Map<String, Role> roles = new HashMap<>();
		Map<String, Capacity> capacities = new HashMap<>();
		for (UnitType type : UnitType.values()) {
			names(messages, type.name(), type.messageKey()).forEach(name -> types.put(name, type));
		}
		for (Role role : Role.values()) {
			names(messages, role.name(), role.messageKey()).forEach(name -> roles.put(name, role));
		}
		for (Capacity capacity : Capacity.values()) {
			names(messages, capacity.name(), capacity.messageKey()).forEach(name -> capacities.put(name, capacity));
		}
		return new ImportVocabulary(types, roles, capacities);
	}

	private static List<String> names(MessageSource messages, String constant, String key) {
		List<String> names = new ArrayList<>(List.of(normalise(constant)));
		LANGUAGES.forEach(locale -> names.add(normalise(messages.getMessage(key, null, locale))));
		return names;
	}

	Optional<UnitType> type(String text) {
		return Optional.ofNullable(this.types.get(normalise(text)));
	}

	Optional<Role> role(String text) {
		return Optional.ofNullable(this.roles.get(normalise(text)));
	}

	Optional<Capacity> capacity(String text) {
		return Optional.ofNullable(this.capacities.get(normalise(text)));
	}

	private static String normalise(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

}
