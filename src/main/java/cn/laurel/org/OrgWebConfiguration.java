package cn.laurel.org;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PasswordChangeRequired} for pages, but not for the API, static files or the login flow. */
@Configuration(proxyBeanMethods = false)
class OrgWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeRequired())
			.addPathPatterns("/**")
			.excludePathPatterns(PasswordController.PATH, "/api/**", "/login", "/logout", "/error", "/css/**",
					"/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/**", "/public/**");
	}

}
