package cn.laurel.voting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.laurel.voting.VoteMessages;
import cn.laurel.voting.VoteResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tells a voter what became of their vote, as JSON. A vote waiting for its commit holds no thread: the
 * request goes asynchronous and is answered by whichever thread settles the vote, usually the writer
 * right after the commit. A request thread parked until the commit, and woken by the writer, cost more
 * than the rest of the vote outside the database.
 */
class VoteAnswers {

	private static final Logger log = LoggerFactory.getLogger(VoteAnswers.class);

	/** The answer to almost every vote, encoded once: no serialisation on the hot path. */
	private static final byte[] ACCEPTED = "{\"result\":\"accepted\"}".getBytes(StandardCharsets.US_ASCII);

	private static final String PENDING = VoteAnswers.class.getName() + ".PENDING";

	private final JsonMapper json;

	private final VoteMessages voteMessages;

	private final MessageSource messages;

	private final Duration ackTimeout;

	VoteAnswers(JsonMapper json, VoteMessages voteMessages, MessageSource messages, Duration ackTimeout) {
		this.json = json;
		this.voteMessages = voteMessages;
		this.messages = messages;
		this.ackTimeout = ackTimeout;
	}

	/**
	 * Answers with {@code result}: at once when it is settled (a limit or a rule refused the vote), else
	 * once it is, from the settling thread; a vote not settled within the acknowledgement timeout is
	 * answered as unavailable (it may still commit).
	 */
	void answer(CompletableFuture<VoteResult> result, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		if (result.isDone()) {
			write(result.exceptionally(failure -> new VoteResult.Unavailable()).join(), locale, response);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.ackTimeout.toMillis());
		Pending pending = new Pending(async, locale);
		async.addListener(pending);
		request.setAttribute(PENDING, pending);
		result.whenComplete((settled, failure) -> pending.settled((failure != null) ? new VoteResult.Unavailable() : settled));
	}

	void write(VoteResult result, Locale locale, HttpServletResponse response) throws IOException {
		if (result instanceof VoteResult.Accepted) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(ACCEPTED.length);
			response.getOutputStream().write(ACCEPTED);
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("result", result.getClass().getSimpleName().toLowerCase(Locale.ROOT));
		body.put("message", explain(result, this.voteMessages, this.messages, locale));
		if (result instanceof VoteResult.Refused refused) {
			body.put("rule", refused.refusal().rule());
			body.put("nextChance", refused.refusal().nextChance());
		}
		if (result instanceof VoteResult.Limited limited) {
			response.setHeader("Retry-After", String.valueOf(limited.exceeded().retryAfterSeconds()));
		}
		response.setStatus(status(result).value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

	static HttpStatus status(VoteResult result) {
		if (result instanceof VoteResult.Accepted) {
			return HttpStatus.OK;
		}
		if (result instanceof VoteResult.Refused) {
			return HttpStatus.CONFLICT;
		}
		if (result instanceof VoteResult.Limited) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		return (result instanceof VoteResult.NoSuchCandidate) ? HttpStatus.NOT_FOUND : HttpStatus.SERVICE_UNAVAILABLE;
	}

	/** Why a vote was not taken, in the voter's language. */
	static String explain(VoteResult result, VoteMessages voteMessages, MessageSource messages, Locale locale) {
		if (result instanceof VoteResult.Refused refused) {
			return voteMessages.refusal(refused.refusal(), locale);
		}
		if (result instanceof VoteResult.Limited limited) {
			return voteMessages.limited(limited.exceeded(), locale);
		}
		String key = (result instanceof VoteResult.NoSuchCandidate) ? "voting.vote.no-such-candidate"
				: "voting.vote.unavailable";
		return messages.getMessage(key, null, locale);
	}

	/**
	 * A vote's answer that waits for two things: the vote settled, and the request's own thread out of
	 * every filter (filters may still set headers on the way out, so the response is not the settling
	 * thread's before then). Whichever comes second writes the answer; a timeout answers if neither
	 * has, and the answer is written once.
	 */
	private final class Pending implements AsyncListener {

		private static final int SETTLED = 1;

		private static final int RETURNED = 2;

		private static final int ANSWERED = 4;

		private final AsyncContext async;

		private final Locale locale;

		private final AtomicInteger state = new AtomicInteger();

		private volatile VoteResult result;

		Pending(AsyncContext async, Locale locale) {
			this.async = async;
			this.locale = locale;
		}

		void settled(VoteResult result) {
			this.result = result;
			if (this.state.getAndUpdate(s -> s | SETTLED) == RETURNED) {
				answer(result);
			}
		}

		void returned() {
			if (this.state.getAndUpdate(s -> s | RETURNED) == SETTLED) {
				answer(this.result);
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			answer(new VoteResult.Unavailable());
		}

		@Override
		public void onError(AsyncEvent event) {
			// the connection broke: nothing can be told any more
			if ((this.state.getAndUpdate(s -> s | ANSWERED) & ANSWERED) == 0) {
				this.async.complete();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

		private void answer(VoteResult result) {
			if ((this.state.getAndUpdate(s -> s | ANSWERED) & ANSWERED) != 0) {
				return;
			}
			try {
				write(result, this.locale, (HttpServletResponse) this.async.getResponse());
			}
			catch (IOException | RuntimeException ex) {
				log.debug("A vote's answer could not be written: {}", ex.toString());
			}
			finally {
				this.async.complete();
			}
		}

	}

	/**
	 * The outermost filter of the vote call: once the request's thread is out of every other filter, a
	 * pending answer may be written.
	 */
	static final class AnswerAfterFilters implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (request.getAttribute(PENDING) instanceof Pending pending) {
					pending.returned();
				}
			}
		}

	}

}
