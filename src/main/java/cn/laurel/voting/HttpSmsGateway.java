package cn.laurel.voting;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Sends codes through an SMS provider's HTTP API: a POST of the configured body template with
 * {@code {phone}} and {@code {code}} filled in ({@code laurel.voting.sms.http.url}, {@code .template},
 * {@code .content-type}). A response other than 2xx fails the request for a code.
 */
class HttpSmsGateway implements SmsGateway {

	private final RestClient client;

	private final String url;

	private final String template;

	private final MediaType contentType;

	HttpSmsGateway(RestClient.Builder builder, VotingProperties.Sms.Http http) {
		this.client = builder.build();
		this.url = http.url();
		this.template = http.template();
		MediaType type = MediaType.parseMediaType(http.contentType());
		// a template holds Chinese text more often than not: send UTF-8 unless told otherwise
		this.contentType = type.getCharset() != null ? type : new MediaType(type, StandardCharsets.UTF_8);
	}

	@Override
	public void sendCode(String phone, String code) {
		this.client.post()
			.uri(this.url)
			.contentType(this.contentType)
			.body(this.template.replace("{phone}", phone)
				.replace("{code}", code)
				.getBytes(this.contentType.getCharset()))
			.retrieve()
			.toBodilessEntity();
	}

}
