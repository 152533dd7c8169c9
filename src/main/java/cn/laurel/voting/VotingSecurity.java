package cn.laurel.voting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The public voting pages need no login and must not touch the session store: a vote is a hot
 * request, and a session per visitor would put a database write on every one. CSRF protection stays
 * on, with the token in a cookie (double submit) instead of the session.
 */
@Configuration(proxyBeanMethods = false)
class VotingSecurity {

	static final String PATHS = "/public/vote/**";

	@Bean
	@Order(0)
	SecurityFilterChain publicVoting(HttpSecurity http) throws Exception {
		return http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()))
			.build();
	}

}
