package cn.laurel.system;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusyDatabaseTests {

	private final BusyDatabase filter = new BusyDatabase();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private static final SQLTransientConnectionException TIMED_OUT = new SQLTransientConnectionException(
			"laurel-embedded - Connection is not available, request timed out after 3000ms");

	@Test
	void aPageThatFoundNoFreeConnectionAnswersTryAgainIn503() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("GET", "/public"), this.response, (request, response) -> {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", TIMED_OUT));
		});

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("5");
	}

	@Test
	void anyOtherFailureIsLeftToTheErrorPages() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/public"), this.response,
				(request, response) -> {
					throw new IllegalStateException("a bug");
				}))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

}
