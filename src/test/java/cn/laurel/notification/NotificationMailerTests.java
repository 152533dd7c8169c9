package cn.laurel.notification;

import java.util.Locale;

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

/** Notice e-mails, sent only where SMTP is configured and the user gave an address. */
class NotificationMailerTests {

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final StaticMessageSource messages = new StaticMessageSource();

	private final Delivery returned = new Delivery(7, "科员", "clerk@example.com", "“张三”（最美综合执法人）被退回修改，退回理由：缺照片",
			"https://laurel.example.gov.cn/nominations/12");

	NotificationMailerTests() {
		this.messages.addMessage("notification.mail-subject", Locale.SIMPLIFIED_CHINESE, "【先进典型评选表彰平台】通知");
	}

	@Test
	void aNoticeIsEmailedWithItsLinkWhenSmtpIsConfiguredAndTheUserGaveAnAddress() {
		mailer(true).send(this.returned);

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.sender).send(sent.capture());
		assertThat(sent.getValue().getFrom()).isEqualTo("laurel@example.com");
		assertThat(sent.getValue().getTo()).containsExactly("clerk@example.com");
		assertThat(sent.getValue().getSubject()).isEqualTo("【先进典型评选表彰平台】通知");
		assertThat(sent.getValue().getText()).isEqualTo(
				"“张三”（最美综合执法人）被退回修改，退回理由：缺照片\n\nhttps://laurel.example.gov.cn/nominations/12");
	}

	@Test
	void withoutSmtpNoticesStayInTheApp() {
		mailer(false).send(this.returned);

		verify(this.sender, never()).send(any(SimpleMailMessage.class));
	}

	@Test
	void withoutAnAddressNoMailIsSent() {
		mailer(true).send(new Delivery(7, "科员", null, "text", null));

		verify(this.sender, never()).send(any(SimpleMailMessage.class));
	}

	@SuppressWarnings("unchecked")
	private NotificationMailer mailer(boolean smtpConfigured) {
		ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
		given(provider.getIfAvailable()).willReturn(smtpConfigured ? this.sender : null);
		return new NotificationMailer(provider, this.messages,
				new NotificationSettings("laurel@example.com", "https://laurel.example.gov.cn", ""));
	}

}
