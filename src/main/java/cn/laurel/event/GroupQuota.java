package cn.laurel.event;

/**
 * A group never exceeds its number: a seat is given (an invitation, an approved application) only while fewer people
 * than the number hold one, and a number is never set below the seats already given. Declined and rejected people
 * hold none, so their seat is free again.
 */
final class GroupQuota {

	private GroupQuota() {
	}

	/** Refused when the group's seats are all held. */
	static void admit(ParticipantGroup group, long seated) {
		if (seated >= group.quota()) {
			throw EventRefused.at("groupId", "event.group.full", group.name(), group.quota());
		}
	}

	/** Refused when {@code changed} would give the group a number below the seats it has given. */
	static void resize(ParticipantGroup changed, long seated) {
		if (changed.quota() < seated) {
			throw EventRefused.at("groups", "event.group.below-seated", changed.name(), seated);
		}
	}

}
