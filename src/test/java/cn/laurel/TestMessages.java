package cn.laurel;

import org.springframework.context.support.ResourceBundleMessageSource;

/** A module's message bundle as the application reads it (UTF-8, no fallback to the machine's locale), for unit tests. */
public final class TestMessages {

	private TestMessages() {
	}

	public static ResourceBundleMessageSource bundle(String basename) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename(basename);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
