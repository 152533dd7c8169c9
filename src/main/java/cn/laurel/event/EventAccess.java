package cn.laurel.event;

import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may manage which event: administrators every event, organisers the events of the office they act for. Used by
 * method security as {@code @eventAccess}.
 */
@Component("eventAccess")
public class EventAccess {

	private final Events events;

	EventAccess(Events events) {
		this.events = events;
	}

	public boolean canManage(Long eventId) {
		return eventId != null
				&& this.events.find(eventId).map(event -> canOrganiseFor(event.getOrganiserUnitId())).orElse(false);
	}

	/** Whether the current user may plan an event for the office {@code organiserUnitId}. */
	public boolean canOrganiseFor(Long organiserUnitId) {
		LaurelUser user = currentUser();
		return user != null && organiserUnitId != null
				&& (user.is(Role.ADMIN) || (user.is(Role.ORGANISER) && organiserUnitId.equals(user.unitId())));
	}

	/** The office whose events the current user sees: {@code null} (every office's) for administrators. */
	Long officeOfCurrentUser() {
		LaurelUser user = currentUser();
		if (user == null) {
			return -1L;
		}
		return user.is(Role.ADMIN) ? null : user.is(Role.ORGANISER) ? user.unitId() : -1L;
	}

	static LaurelUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user ? user : null;
	}

}
