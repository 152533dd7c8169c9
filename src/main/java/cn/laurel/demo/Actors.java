package cn.laurel.demo;

import java.util.List;
import java.util.function.Supplier;

import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo's people acting in turn, each signed in as their account so every rule and the audit trail apply. */
@Component
class Actors {

	/** The administrator's name, also while their account does not exist yet: they create it first. */
	static final String ADMIN = "admin";

	private final UserDetailsService users;

	Actors(UserDetailsService users) {
		this.users = users;
	}

	<T> T as(String username, Supplier<T> action) {
		LaurelUser user = (LaurelUser) this.users.loadUserByUsername(username);
		return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
	}

	void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

	/** The administrator setting up the organisation, their own account among it. */
	void asAdministrator(Runnable action) {
		as(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))), () -> {
					action.run();
					return null;
				});
	}

	/** The display name of whoever acts now, as they sign an opinion. */
	static String signer() {
		return ((LaurelUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).displayName();
	}

	private static <T> T as(Authentication authentication, Supplier<T> action) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
