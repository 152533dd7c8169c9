package cn.laurel.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** A stored notice leaves the app by e-mail and every push channel; one failing channel stops none of the others. */
class DeliveriesTests {

	private final NotificationMailer mailer = mock(NotificationMailer.class);

	private final PushChannel broken = mock(PushChannel.class);

	private final PushChannel working = mock(PushChannel.class);

	@Test
	void aFailingChannelIsLoggedAndTheOthersStillPush() {
		Delivery delivery = new Delivery(7, "科员甲", null, "text", "/nominations/12");
		willThrow(new IllegalStateException("robot down")).given(this.broken).push(delivery);

		new Deliveries(this.mailer, List.of(this.broken, this.working)).send(new Deliveries.Added(delivery));

		verify(this.mailer).send(delivery);
		verify(this.working).push(delivery);
	}

}
