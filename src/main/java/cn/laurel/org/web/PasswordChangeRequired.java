package cn.laurel.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import cn.laurel.org.LaurelUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Stops holders of a temporary password (set by an administrator or an import) until they have chosen their own,
 * so that nobody works under a password someone else knows: pages send them to the password page, the API answers
 * 403 as a problem naming the way out ({@code POST /api/v1/account/password}). That endpoint, the password page,
 * the login flow and static resources are left alone (see {@link OrgWebConfiguration}).
 */
class PasswordChangeRequired implements HandlerInterceptor {

	private final MessageSource messages;

	private final JsonMapper json;

	PasswordChangeRequired(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof LaurelUser user
				&& user.mustChangePassword())) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, this.messages
				.getMessage("password.must-change-api", null, RequestContextUtils.getLocale(request)));
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getWriter(), problem);
			return false;
		}
		String target = request.getContextPath() + PasswordPages.PATH;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
		}
		else {
			response.sendRedirect(target);
		}
		return false;
	}

}
