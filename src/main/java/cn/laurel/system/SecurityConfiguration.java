package cn.laurel.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may reach what. Pages use form login with the session in the database; the JSON API
 * under {@code /api/**} also accepts HTTP Basic for scripts. CSRF protection stays on for every
 * cookie-authenticated request; a request carrying its own {@code Authorization} header cannot be
 * forged by a third-party page, so it is exempt. Finer rules live on the modules' methods. Every answer carries a
 * Content-Security-Policy that runs no inline script (pages keep their scripts in {@code /js}) and the usual
 * security headers; an anonymous request to a protected page is remembered in a cookie, not in a session row.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/public/**" };

	/** Inline styles stay allowed: attributes such as a photo's size carry no script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/public/**", "/api/v1/calendar/working-days/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorizedJson))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(SecurityConfiguration::unauthorizedJson))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(frame -> frame.deny())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	/**
	 * A locked account and a wrong password get the same answer, so that nobody learns from it which accounts exist
	 * (only an existing one can be locked); the message says that five failures lock an account.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			request.getSession().setAttribute("LOGIN_USERNAME", request.getParameter("username"));
			response.sendRedirect(request.getContextPath() + "/login?error=bad");
		};
	}

	/** 401 without a {@code WWW-Authenticate} challenge, so browsers never pop up a Basic dialog. */
	private static void unauthorizedJson(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\"}");
	}

}
