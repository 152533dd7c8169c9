package cn.laurel.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A group of participants with its number (seed 004: 基层“两代表一委员”代表 20; a ceremony's 媒体 with the outlets to
 * invite in {@code note}); {@code openSignUp} lets the public apply for it on the sign-up page.
 */
public record ParticipantGroup(Long id, String name, int quota, boolean openSignUp, String note) {

	public ParticipantGroup {
		name = name == null ? null : name.strip();
		note = note == null || note.isBlank() ? null : note.strip();
	}

	/** Refused unless every group is named, once, with a number of at least one. */
	static void checkAll(List<ParticipantGroup> groups) {
		Set<String> names = new HashSet<>();
		for (ParticipantGroup group : groups) {
			if (group.name() == null || group.name().isEmpty()) {
				throw EventRefused.at("groups", "event.group.name-required");
			}
			if (!names.add(group.name())) {
				throw EventRefused.at("groups", "event.group.name-twice", group.name());
			}
			if (group.quota() < 1) {
				throw EventRefused.at("groups", "event.group.quota-positive", group.name());
			}
		}
	}

}
