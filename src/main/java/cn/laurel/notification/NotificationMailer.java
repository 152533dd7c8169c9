package cn.laurel.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a notice to the account's address when SMTP is configured ({@code spring.mail.host} set,
 * which makes Spring Boot provide a {@link JavaMailSender}); otherwise notices stay in the app.
 * A failed send is logged and never loses the in-app notice.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	/** Notices go out in the product's first language. */
	private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final NotificationSettings settings;

	NotificationMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, NotificationSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
	}

	void send(Delivery delivery) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null || delivery.email() == null) {
			return;
		}
		try {
			mail.send(compose(delivery));
		}
		catch (MailException ex) {
			log.warn("Notice e-mail to account {} failed: {}", delivery.accountId(), ex.getMessage());
		}
	}

	/** The e-mail of a notice: the notice's text, then its link. */
	SimpleMailMessage compose(Delivery delivery) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.mailFrom());
		message.setTo(delivery.email());
		message.setSubject(this.messages.getMessage("notification.mail-subject", null, LANGUAGE));
		message.setText(delivery.link() == null ? delivery.text() : delivery.text() + "\n\n" + delivery.link());
		return message;
	}

}
