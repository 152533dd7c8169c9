package cn.laurel.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The public pages a crowd from a shared link reads (the home page, voting's landing, category and candidate pages,
 * 公示 and the honour roll) are rendered at most once per {@code laurel.public-pages.freshness} (500 ms; with the
 * tallies' own 500 ms, counts are at most a second stale) for each page, language, host and whether the reader is a verified voter, and served from
 * memory in between. A page's form carries each reader's own CSRF token: the page is rendered with a marker in its
 * place, which every answer replaces with the reader's token (loading it sets their cookie as usual).
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "laurel.public-pages.cache", matchIfMissing = true)
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern CACHED = Pattern.compile("/public|/public/vote/\\d+|/public/vote/\\d+/categories/\\d+"
			+ "|/public/vote/candidates/\\d+|/public/publicity/\\d+|/public/honours/\\d+(/\\d+)?");

	/** Stands for the reader's CSRF token in a stored page; never a token anybody holds. */
	static final String MARKER = "laurel-csrf-marker-7c1b9d0e";

	private final Cache<Key, Page> pages;

	private final LocaleResolver locales;

	PublicPageCache(@Value("${laurel.public-pages.freshness:500ms}") Duration freshness,
			@Value("${laurel.public-pages.cache-size:2000}") int size, LocaleResolver locales) {
		this.pages = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(freshness).build();
		this.locales = locales;
	}

	/** What a page's text depends on besides the data behind it. */
	record Key(String scheme, String host, int port, String path, Locale locale, boolean voter) {
	}

	/**
	 * A rendered page as UTF-8 bytes, cut where {@link #MARKER} stood: the reader's CSRF token goes between the parts.
	 */
	record Page(String contentType, List<byte[]> parts) {

		static Page of(String contentType, String html) {
			return new Page(contentType, Arrays.stream(html.split(Pattern.quote(MARKER), -1))
				.map(part -> part.getBytes(StandardCharsets.UTF_8))
				.toList());
		}

		void writeTo(HttpServletResponse response, CsrfToken own) throws IOException {
			byte[] token = (own == null ? "" : own.getToken()).getBytes(StandardCharsets.UTF_8);
			int length = this.parts.stream().mapToInt(part -> part.length).sum() + token.length * (this.parts.size() - 1);
			response.setContentType(this.contentType);
			response.setContentLength(length);
			OutputStream out = response.getOutputStream();
			for (int i = 0; i < this.parts.size(); i++) {
				if (i > 0) {
					out.write(token);
				}
				out.write(this.parts.get(i));
			}
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// ?lang= switches the language and sets its cookie, so it is always rendered
		return !HttpMethod.GET.matches(request.getMethod()) || request.getQueryString() != null
				|| !CACHED.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = new Key(request.getScheme(), request.getServerName(), request.getServerPort(),
				request.getRequestURI(), this.locales.resolveLocale(request),
				WebUtils.getCookie(request, "laurel-voter") != null);
		Page page = this.pages.getIfPresent(key);
		if (page == null) {
			page = render(request, response, chain);
			if (page == null) {
				return;
			}
			this.pages.put(key, page);
		}
		// only a page with a form loads the reader's token (and sets its cookie)
		page.writeTo(response,
				page.parts().size() > 1 ? (CsrfToken) request.getAttribute(CsrfToken.class.getName()) : null);
	}

	/** Renders the page with the marker for the token; {@code null} when the answer is not a page to keep. */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken own = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (own != null) {
			CsrfToken marker = new DefaultCsrfToken(own.getHeaderName(), own.getParameterName(), MARKER);
			request.setAttribute(CsrfToken.class.getName(), marker);
			request.setAttribute(own.getParameterName(), marker);
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendered);
		}
		finally {
			if (own != null) {
				request.setAttribute(CsrfToken.class.getName(), own);
				request.setAttribute(own.getParameterName(), own);
			}
		}
		String type = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")) {
			rendered.copyBodyToResponse();
			return null;
		}
		return Page.of(type, new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
