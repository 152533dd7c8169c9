package cn.laurel.voting;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** The HTTP SMS gateway posts the configured template with the phone and code filled in. */
class HttpSmsGatewayTests {

	private final RestClient.Builder builder = RestClient.builder();

	private final MockRestServiceServer provider = MockRestServiceServer.bindTo(this.builder).build();

	@Test
	void theCodeIsPostedAsTheTemplateSays() {
		HttpSmsGateway gateway = new HttpSmsGateway(this.builder, new VotingProperties.Sms.Http(
				"https://sms.example.test/send", "mobile={phone}&text=验证码{code}", "application/x-www-form-urlencoded"));
		this.provider.expect(requestTo("https://sms.example.test/send"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))
			.andExpect(content().string("mobile=13912345678&text=验证码123456"))
			.andRespond(withSuccess());

		gateway.sendCode("13912345678", "123456");

		this.provider.verify();
	}

	@Test
	void aProviderErrorFailsTheRequestForACode() {
		HttpSmsGateway gateway = new HttpSmsGateway(this.builder,
				new VotingProperties.Sms.Http("https://sms.example.test/send", "{\"to\":\"{phone}\",\"code\":\"{code}\"}",
						"application/json"));
		this.provider.expect(requestTo("https://sms.example.test/send"))
			.andExpect(content().json("{\"to\":\"13912345678\",\"code\":\"654321\"}"))
			.andRespond(withServerError());

		assertThatThrownBy(() -> gateway.sendCode("13912345678", "654321"))
			.isInstanceOf(HttpServerErrorException.class);
	}

}
