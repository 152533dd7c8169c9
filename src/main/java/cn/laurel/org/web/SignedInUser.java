package cn.laurel.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.laurel.org.LaurelUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces the principal kept in the HTTP session. The session holds a copy of the account taken at login,
 * so after the holder changes their password the copy still says they must change it; swapping in a fresh
 * one stops the redirect to the password page without signing them out.
 */
final class SignedInUser {

	private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

	private SignedInUser() {
	}

	/** The id of the request's session, or {@code null} for a request without one (HTTP Basic). */
	static String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

	static void replace(LaurelUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		if (previous != null) {
			authentication.setDetails(previous.getDetails());
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
			REPOSITORY.saveContext(context, request, response);
		}
	}

}
