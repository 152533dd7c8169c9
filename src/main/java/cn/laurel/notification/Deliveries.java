package cn.laurel.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a stored notice out of the app once the transaction that stored it has committed, on a thread of its own:
 * by e-mail, then through every {@link PushChannel}. Works from the composed {@link Delivery} only, so it asks the
 * database for nothing; a failing channel is logged and the others still run.
 */
@Component
class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	/** A notice was stored for the app and is ready to leave it. */
	record Added(Delivery delivery) {
	}

	private final NotificationMailer mailer;

	private final List<PushChannel> channels;

	Deliveries(NotificationMailer mailer, List<PushChannel> channels) {
		this.mailer = mailer;
		this.channels = channels;
	}

	@ApplicationModuleListener
	void send(Added added) {
		this.mailer.send(added.delivery());
		for (PushChannel channel : this.channels) {
			try {
				channel.push(added.delivery());
			}
			catch (RuntimeException ex) {
				log.warn("Push channel {} failed for account {}: {}", channel.getClass().getSimpleName(),
						added.delivery().accountId(), ex.getMessage());
			}
		}
	}

}
