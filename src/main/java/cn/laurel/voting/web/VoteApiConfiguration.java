package cn.laurel.voting.web;

import tools.jackson.databind.json.JsonMapper;

import cn.laurel.voting.VoteMessages;
import cn.laurel.voting.VotingProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the vote API's answers: written asynchronously, once the writer has stored the vote. */
@Configuration(proxyBeanMethods = false)
class VoteApiConfiguration {

	@Bean
	VoteAnswers voteAnswers(JsonMapper json, VoteMessages voteMessages, MessageSource messages,
			VotingProperties properties) {
		return new VoteAnswers(json, voteMessages, messages, properties.writer().ackTimeout());
	}

	/** Outermost on the vote call, so that a vote's answer is written only once every filter is done with it. */
	@Bean
	FilterRegistrationBean<VoteAnswers.AnswerAfterFilters> voteAnswerAfterFilters() {
		var registration = new FilterRegistrationBean<>(new VoteAnswers.AnswerAfterFilters());
		registration.addUrlPatterns(VoteApi.VOTES);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setAsyncSupported(true);
		return registration;
	}
}
