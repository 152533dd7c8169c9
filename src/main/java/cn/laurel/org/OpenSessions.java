package cn.laurel.org;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions an account has open on any node (they live in PostgreSQL), so that disabling an
 * account or resetting its password takes effect at once rather than at the idle timeout.
 */
@Component
class OpenSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	OpenSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	void endAllOf(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
