package cn.laurel.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Posts each notice to the robot webhook of {@code laurel.notification.webhook-url} as a text message in the JSON both
 * 政务微信 (企业微信) and 钉钉 group robots take: {@code {"msgtype":"text","text":{"content":"…"}}}. Off while the
 * URL is blank; a refused or unreachable webhook is logged.
 */
@Component
class WebhookPush implements PushChannel {

	private static final Logger log = LoggerFactory.getLogger(WebhookPush.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final NotificationSettings settings;

	private final MessageSource messages;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	WebhookPush(NotificationSettings settings, MessageSource messages, JsonMapper json) {
		this.settings = settings;
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void push(Delivery delivery) {
		if (this.settings.webhookUrl().isBlank()) {
			return;
		}
		String content = this.messages.getMessage("notification.push.line",
				new Object[] { delivery.recipient(), delivery.text() }, Locale.SIMPLIFIED_CHINESE)
				+ (delivery.link() == null ? "" : "\n" + delivery.link());
		String body = this.json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.webhookUrl()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				log.warn("Webhook push of a notice to account {} answered {}: {}", delivery.accountId(),
						response.statusCode(), response.body());
			}
		}
		catch (IOException ex) {
			log.warn("Webhook push of a notice to account {} failed: {}", delivery.accountId(), ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
