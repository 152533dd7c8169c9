package cn.laurel.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.laurel.TestMessages;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Notices pushed to a 政务微信 / 钉钉-style robot webhook, against a local HTTP server. */
class WebhookPushTests {

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final AtomicInteger answer = new AtomicInteger(200);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Delivery returned = new Delivery(7, "科员甲", "clerk@example.com",
			"“张三”（最美综合执法人）被退回修改，退回理由：缺照片", "https://laurel.example.gov.cn/nominations/12");

	private HttpServer robot;

	@BeforeEach
	void robot() throws IOException {
		this.robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.robot.createContext("/robot/send", exchange -> {
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			this.received.add(exchange.getRequestMethod() + " " + contentType + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(this.answer.get(), -1);
			exchange.close();
		});
		this.robot.start();
	}

	@AfterEach
	void stop() {
		this.robot.stop(0);
	}

	@Test
	void aNoticeIsPostedAsTheRobotsTextMessageNamingItsRecipientAndLink() throws Exception {
		push(url()).push(this.returned);

		String request = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(request).startsWith("POST application/json; charset=utf-8 ");
		JsonNode body = this.json.readTree(request.substring(request.indexOf('{')));
		assertThat(body.get("msgtype").asString()).isEqualTo("text");
		assertThat(body.get("text").get("content").asString()).isEqualTo(
				"科员甲：“张三”（最美综合执法人）被退回修改，退回理由：缺照片\nhttps://laurel.example.gov.cn/nominations/12");
	}

	@Test
	void aRefusingOrUnreachableRobotIsLoggedAndNeverThrows() {
		this.answer.set(500);
		assertThatNoException().isThrownBy(() -> push(url()).push(this.returned));
		assertThat(this.received).hasSize(1);

		this.robot.stop(0);
		assertThatNoException().isThrownBy(() -> push(url()).push(this.returned));
	}

	@Test
	void withoutAWebhookNothingIsPushed() {
		push("").push(this.returned);

		assertThat(this.received).isEmpty();
	}

	private String url() {
		return "http://127.0.0.1:" + this.robot.getAddress().getPort() + "/robot/send";
	}

	private WebhookPush push(String webhookUrl) {
		return new WebhookPush(new NotificationSettings("laurel@example.com", "", webhookUrl),
				TestMessages.bundle("messages/notification"), this.json);
	}

}
