package cn.laurel.org;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions an account has open on any node (they live in PostgreSQL), so that disabling an account,
 * changing its role, unit or capacity, or changing its password takes effect at once rather than at the idle
 * timeout.
 */
@Component
class OpenSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	OpenSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	void endAllOf(String username) {
		endAllOfBut(username, null);
	}

	/** Ends every session of {@code username} but {@code keptSessionId} (the one its holder is working in). */
	void endAllOfBut(String username, String keptSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
