package cn.laurel.org.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link PasswordChangeRequired} for every page and API endpoint but the password change itself, the
 * login flow, public pages and static files.
 */
@Configuration(proxyBeanMethods = false)
class OrgWebConfiguration implements WebMvcConfigurer {

	private final MessageSource messages;

	private final JsonMapper json;

	OrgWebConfiguration(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeRequired(this.messages, this.json))
			.addPathPatterns("/**")
			.excludePathPatterns(PasswordPages.PATH, PasswordApi.PATH, "/api/v1/public/**", "/login",
					"/logout", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/**",
					"/public/**");
	}

}
