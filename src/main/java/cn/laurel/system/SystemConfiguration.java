package cn.laurel.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Time, language and sessions: Beijing time, Simplified Chinese unless the user picks English ({@code ?lang=en}). */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration implements WebMvcConfigurer {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Bean
	InstanceClock clock() {
		return new InstanceClock(Clock.system(BEIJING));
	}

	/**
	 * Session writes join the caller's transaction. Spring Session's default, a transaction of their own, takes a
	 * second connection when a service ends an account's sessions inside its transaction.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("laurel-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		// ?lang=<anything else> keeps the current language instead of failing the page
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
