package cn.laurel.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPageCacheTests {

	private final PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1), 100,
			new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));

	private int renders;

	/** A page with the vote form: the reader's token in its hidden field, and how often it was rendered. */
	private final FilterChain votingPage = (request, response) -> {
		this.renders++;
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<form><input name=\"_csrf\" value=\"" + token.getToken() + "\"></form>第"
				+ this.renders + "次");
	};

	@Test
	void aPageIsRenderedOnceForACrowdAndEachReaderGetsTheirOwnToken() throws Exception {
		MockHttpServletResponse first = read("/public/vote/candidates/7", "token-a", false);
		MockHttpServletResponse second = read("/public/vote/candidates/7", "token-b", false);

		assertThat(this.renders).isEqualTo(1);
		assertThat(first.getContentAsString()).isEqualTo("<form><input name=\"_csrf\" value=\"token-a\"></form>第1次");
		assertThat(second.getContentAsString()).isEqualTo("<form><input name=\"_csrf\" value=\"token-b\"></form>第1次");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void verifiedVotersOtherPagesAndQueriesAreRenderedForThemselves() throws Exception {
		read("/public/vote/candidates/7", "token-a", false);
		read("/public/vote/candidates/7", "token-a", true);
		read("/public/vote/candidates/8", "token-a", false);
		MockHttpServletRequest switchingLanguage = request("/public/vote/candidates/7", "token-a", false);
		switchingLanguage.setQueryString("lang=en");
		this.cache.doFilter(switchingLanguage, new MockHttpServletResponse(), this.votingPage);
		read("/public/vote/7/verify", "token-a", false);
		read("/public/vote/7/verify", "token-a", false);

		assertThat(this.renders).isEqualTo(6);
	}

	@Test
	void anAnswerThatIsNotAPageIsNotKept() throws Exception {
		FilterChain missing = (request, response) -> {
			this.renders++;
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(404);
		};
		this.cache.doFilter(request("/public/vote/candidates/9", "token-a", false), new MockHttpServletResponse(), missing);
		this.cache.doFilter(request("/public/vote/candidates/9", "token-a", false), new MockHttpServletResponse(), missing);

		assertThat(this.renders).isEqualTo(2);
	}

	private MockHttpServletResponse read(String path, String token, boolean voter) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request(path, token, voter), response, this.votingPage);
		return response;
	}

	private static MockHttpServletRequest request(String path, String token, boolean voter) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		CsrfToken csrf = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token);
		request.setAttribute(CsrfToken.class.getName(), csrf);
		request.setAttribute("_csrf", csrf);
		if (voter) {
			request.setCookies(new Cookie("laurel-voter", "signed"));
		}
		return request;
	}

}
