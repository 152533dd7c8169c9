package cn.laurel.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.laurel.org.Account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an account something: the notice is stored for the app in the caller's transaction (so it exists exactly when
 * what it tells of does), then e-mailed and pushed once that transaction has committed ({@link Deliveries}).
 * Notices are stored as a message key and its arguments, so each reader sees them in their own language.
 */
@Service
public class Notifier {

	/** E-mails and pushes go out in the product's first language. */
	private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final Notifications notifications;

	private final MessageSource messages;

	private final NotificationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifier(Notifications notifications, MessageSource messages, NotificationSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Tells {@code account} of something that happened {@code at} (the notices are listed by it, so facts told of
	 * after they committed still stand in the order they happened): every call is its own notice.
	 */
	@Transactional
	public void notify(Account account, Instant at, String messageKey, List<String> args, String link) {
		add(account, null, null, messageKey, args, link, at);
	}

	/**
	 * Reminds {@code account} unless it was already reminded on {@code topic} that {@code day}; returns whether the
	 * reminder was added.
	 */
	@Transactional
	public boolean remind(Account account, String topic, LocalDate day, String messageKey, List<String> args,
			String link) {
		return add(account, topic, day, messageKey, args, link, this.clock.instant());
	}

	/** The account's latest notices, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> latest(long accountId, int most) {
		return this.notifications.latest(accountId, most);
	}

	private boolean add(Account account, String topic, LocalDate day, String messageKey, List<String> args,
			String link, Instant at) {
		if (!this.notifications.add(account.getId(), topic, day, messageKey, args, link, at)) {
			return false;
		}
		Delivery delivery = new Delivery(account.getId(), account.getDisplayName(),
				this.notifications.address(account.getId()).orElse(null),
				this.messages.getMessage(messageKey, args.toArray(), LANGUAGE), this.settings.absolute(link));
		this.events.publishEvent(new Deliveries.Added(delivery));
		return true;
	}

}
