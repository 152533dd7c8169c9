package cn.laurel.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends holders of a temporary password (set by an administrator or an import) to the password page before
 * any other page, so that nobody works under a password someone else knows. The API, the password page
 * itself and static resources are left alone (see {@link OrgWebConfiguration}).
 */
class PasswordChangeRequired implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LaurelUser user
				&& user.mustChangePassword()) {
			String target = request.getContextPath() + PasswordController.PATH;
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", target);
			}
			else {
				response.sendRedirect(target);
			}
			return false;
		}
		return true;
	}

}
