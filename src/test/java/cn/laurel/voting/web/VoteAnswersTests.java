package cn.laurel.voting.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.laurel.TestMessages;
import cn.laurel.voting.PublicCandidate;
import cn.laurel.voting.RateLimit;
import cn.laurel.voting.RateLimits;
import cn.laurel.voting.VoteMessages;
import cn.laurel.voting.VoteResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A vote waiting for its commit is answered once, by whoever settles it, and never before the filters are done. */
class VoteAnswersTests {

	private static final String ACCEPTED = "{\"result\":\"accepted\"}";

	private final ResourceBundleMessageSource messages = TestMessages.bundle("messages/voting");

	private final VoteAnswers answers = new VoteAnswers(JsonMapper.builder().build(),
			new VoteMessages(this.messages, Clock.system(ZoneId.of("Asia/Shanghai"))), this.messages, Duration.ofSeconds(5));

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", VoteApi.VOTES);

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final CompletableFuture<VoteResult> vote = new CompletableFuture<>();

	VoteAnswersTests() {
		this.request.setAsyncSupported(true);
	}

	@Test
	void aVoteCommittedWhileFiltersStillRunIsAnsweredOnlyOnceTheyAreDone() throws Exception {
		new VoteAnswers.AnswerAfterFilters().doFilter(this.request, this.response, (request, response) -> {
			this.answers.answer(this.vote, (HttpServletRequest) request, (HttpServletResponse) response, Locale.CHINA);
			this.vote.complete(new VoteResult.Accepted(candidate()));
			assertThat(this.response.getContentAsString()).isEmpty();
			((HttpServletResponse) response).setHeader("X-Set-On-The-Way-Out", "yes");
		});

		assertThat(this.response.getContentAsString()).isEqualTo(ACCEPTED);
		assertThat(this.response.getHeader("X-Set-On-The-Way-Out")).isEqualTo("yes");
		assertThat(this.request.isAsyncStarted()).isFalse();
	}

	@Test
	void aVoteCommittedAfterTheFiltersIsAnsweredByTheThreadThatSettlesIt() throws Exception {
		startWaiting();
		assertThat(this.request.isAsyncStarted()).isTrue();
		assertThat(this.response.getContentAsString()).isEmpty();

		this.vote.complete(new VoteResult.Accepted(candidate()));

		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsString()).isEqualTo(ACCEPTED);
		assertThat(this.request.isAsyncStarted()).isFalse();
	}

	@Test
	void aVoteNotConfirmedInTimeIsAnsweredAsUnavailableAndALateCommitChangesNothing() throws Exception {
		startWaiting();

		MockAsyncContext async = (MockAsyncContext) this.request.getAsyncContext();
		for (AsyncListener listener : async.getListeners()) {
			listener.onTimeout(new AsyncEvent(async));
		}
		String answered = this.response.getContentAsString();
		this.vote.complete(new VoteResult.Accepted(candidate()));

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(answered).contains("\"result\":\"unavailable\"").contains("本票未能确认记录");
		assertThat(this.response.getContentAsString()).isEqualTo(answered);
	}

	@Test
	void aVoteThatFailedIsAnsweredAsUnavailable() throws Exception {
		startWaiting();

		this.vote.completeExceptionally(new IllegalStateException("the database went away"));

		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getContentAsString()).contains("请稍后再投");
	}

	@Test
	void aVoteThatFailedBeforeItWasQueuedIsAnsweredAtOnceAsUnavailable() throws Exception {
		this.answers.answer(CompletableFuture.failedFuture(new IllegalStateException("no writer")), this.request,
				this.response, Locale.CHINA);

		assertThat(this.request.isAsyncStarted()).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getContentAsString()).contains("请稍后再投");
	}

	@Test
	void aRateLimitIsAnsweredAtOnceWithWhenToTryAgain() throws Exception {
		var limited = new VoteResult.Limited(new RateLimits.Exceeded(RateLimit.VOTES_PER_VOTER, Duration.ofMillis(29_500)));

		this.answers.answer(CompletableFuture.completedFuture(limited), this.request, this.response, Locale.CHINA);

		assertThat(this.request.isAsyncStarted()).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(429);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(this.response.getContentAsString()).contains("您投票过于频繁，请 30 秒后再试。");
	}

	private void startWaiting() throws Exception {
		new VoteAnswers.AnswerAfterFilters().doFilter(this.request, this.response, (request, response) -> this.answers
			.answer(this.vote, (HttpServletRequest) request, (HttpServletResponse) response, Locale.CHINA));
	}

	private static PublicCandidate candidate() {
		return new PublicCandidate(1, 1, 1, "最美综合执法人", 1, "张三", "城管执法局", "事迹", "事迹", List.of());
	}

}
