package cn.laurel.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Reminder e-mails, sent only where SMTP is configured and the user gave an address. */
class NotificationMailerTests {

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final Notifications notifications = mock(Notifications.class);

	private final StaticMessageSource messages = new StaticMessageSource();

	NotificationMailerTests() {
		this.messages.addMessage("review.notice.mail-subject", Locale.SIMPLIFIED_CHINESE, "提醒");
		this.messages.addMessage("review.notice.waiting", Locale.SIMPLIFIED_CHINESE, "有 {0} 件推荐等待审核（{1}）。");
	}

	@Test
	void aReminderIsEmailedWhenSmtpIsConfiguredAndTheUserGaveAnAddress() {
		given(this.notifications.address(7)).willReturn(Optional.of("head@example.com"));

		mailer(true).send(7, "review.notice.waiting", List.of("2", "最美综合执法人"));

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.sender).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("head@example.com");
		assertThat(sent.getValue().getSubject()).isEqualTo("提醒");
		assertThat(sent.getValue().getText()).isEqualTo("有 2 件推荐等待审核（最美综合执法人）。");
	}

	@Test
	void withoutSmtpRemindersStayInTheApp() {
		given(this.notifications.address(7)).willReturn(Optional.of("head@example.com"));

		mailer(false).send(7, "review.notice.waiting", List.of("2", "最美综合执法人"));

		verify(this.sender, never()).send(any(SimpleMailMessage.class));
	}

	@Test
	void withoutAnAddressNoMailIsSent() {
		given(this.notifications.address(7)).willReturn(Optional.empty());

		mailer(true).send(7, "review.notice.waiting", List.of("2", "最美综合执法人"));

		verify(this.sender, never()).send(any(SimpleMailMessage.class));
	}

	@SuppressWarnings("unchecked")
	private NotificationMailer mailer(boolean smtpConfigured) {
		ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
		given(provider.getIfAvailable()).willReturn(smtpConfigured ? this.sender : null);
		return new NotificationMailer(provider, this.notifications, this.messages,
				new ReviewSettings(3, 3, "laurel@example.com"));
	}

}
