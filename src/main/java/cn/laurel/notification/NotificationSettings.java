package cn.laurel.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices leave the app.
 *
 * @param mailFrom the sender of notice e-mails (sent only when {@code spring.mail.host} is set)
 * @param baseUrl where users reach the platform (e.g. {@code https://laurel.example.gov.cn}), put before a notice's
 * link in e-mails and pushes; blank: the link is sent as a path
 * @param webhookUrl a robot's webhook (政务微信, 钉钉) every notice is posted to as JSON; blank: nothing is pushed
 */
@ConfigurationProperties("laurel.notification")
record NotificationSettings(@DefaultValue("laurel@localhost") String mailFrom, @DefaultValue("") String baseUrl,
		@DefaultValue("") String webhookUrl) {

	/** The link as a recipient outside the app follows it. */
	String absolute(String link) {
		if (link == null || this.baseUrl.isBlank()) {
			return link;
		}
		return this.baseUrl.replaceAll("/+$", "") + link;
	}

}
