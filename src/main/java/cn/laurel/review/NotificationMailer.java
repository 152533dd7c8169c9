package cn.laurel.review;

import java.util.List;
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

	/** Reminders go out in the product's first language. */
	private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectProvider<JavaMailSender> sender;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ReviewSettings settings;

	NotificationMailer(ObjectProvider<JavaMailSender> sender, Notifications notifications, MessageSource messages,
			ReviewSettings settings) {
		this.sender = sender;
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
	}

	void send(long accountId, String messageKey, List<String> args) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		this.notifications.address(accountId).ifPresent(address -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.settings.mailFrom());
			message.setTo(address);
			message.setSubject(this.messages.getMessage("review.notice.mail-subject", null, LANGUAGE));
			message.setText(this.messages.getMessage(messageKey, args.toArray(), LANGUAGE));
			try {
				mail.send(message);
			}
			catch (MailException ex) {
				log.warn("Reminder e-mail to account {} failed: {}", accountId, ex.getMessage());
			}
		});
	}

}
