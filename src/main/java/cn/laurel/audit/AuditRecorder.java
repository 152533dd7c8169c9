package cn.laurel.audit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Appends every {@link AuditableEvent} to the trail, synchronously, inside the publisher's transaction. */
@Component
class AuditRecorder {

	static final String SYSTEM = "system";

	private final AuditTrail trail;

	private final JsonMapper json;

	AuditRecorder(AuditTrail trail, JsonMapper json) {
		this.trail = trail;
		this.json = json;
	}

	@EventListener
	void on(AuditableEvent event) {
		this.trail.append(currentActor(), event.action(), event.subjectType(), event.subjectId(), event.campaignId(),
				toJson(event.before()), toJson(event.after()), event.reason());
	}

	private String toJson(Object state) {
		return state == null ? null : this.json.writeValueAsString(state);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
