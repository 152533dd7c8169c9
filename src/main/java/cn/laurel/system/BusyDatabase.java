package cn.laurel.system;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every database connection stayed busy for the pool's whole wait ({@code spring.datasource.hikari.connection-timeout},
 * a few seconds): the visitor is told at once that the site is busy and to try again (503 with {@code Retry-After}),
 * rather than kept waiting or shown a server error. Outermost, so that it also answers for the session filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyDatabase extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!poolExhausted(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	/** Hikari's "Connection is not available, request timed out", however Spring wrapped it. */
	static boolean poolExhausted(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

}
