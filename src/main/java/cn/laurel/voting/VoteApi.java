package cn.laurel.voting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The vote as a JSON call, for pages that vote without reloading and for load tests, and a no-op
 * ({@code ping}) that goes through the same filters, to measure what the vote itself costs.
 */
@RestController
class VoteApi {

	/** The answer to almost every vote, encoded once: no serialisation on the hot path. */
	private static final byte[] ACCEPTED = "{\"result\":\"accepted\"}".getBytes(StandardCharsets.US_ASCII);

	private final VoteIntake intake;

	private final VoterRequests voters;

	private final VoteMessages voteMessages;

	private final MessageSource messages;

	VoteApi(VoteIntake intake, VoterRequests voters, VoteMessages voteMessages, MessageSource messages) {
		this.intake = intake;
		this.voters = voters;
		this.voteMessages = voteMessages;
		this.messages = messages;
	}

	/**
	 * Does nothing, behind the same filters as a vote. GET for health checks; POST so that the vote
	 * benchmark can send it the very request a vote is (cookies, CSRF token), leaving only the vote's own cost
	 * between the two.
	 */
	@RequestMapping(path = "/public/vote/ping", method = { RequestMethod.GET, RequestMethod.POST },
			produces = MediaType.TEXT_PLAIN_VALUE)
	String ping() {
		return "ok";
	}

	/**
	 * 200 stored; 400 no candidate given; 401 not verified; 404 no such candidate; 409 refused by a rule;
	 * 429 rate limit; 503 retry. The candidate is a query parameter rather than part of the path (a fixed path
	 * is found by a map lookup, a pattern only by trying every mapping) and is read off the request directly:
	 * a bound {@code @RequestParam} builds a data binder per call, which costs more than the rest of the vote
	 * outside the database. An accepted vote's answer is written as ready-made bytes for the same reason.
	 */
	@PostMapping("/public/vote/api/votes")
	ResponseEntity<?> vote(HttpServletRequest request, HttpServletResponse response) throws IOException {
		OptionalLong candidateId = candidateOf(request);
		Locale locale = RequestContextUtils.getLocale(request);
		if (candidateId.isEmpty()) {
			return answer(HttpStatus.BAD_REQUEST, "invalid",
					this.messages.getMessage("voting.vote.no-such-candidate", null, locale));
		}
		Optional<byte[]> voterKey = this.voters.voterKey(request);
		if (voterKey.isEmpty()) {
			return answer(HttpStatus.UNAUTHORIZED, "unverified",
					this.messages.getMessage("voting.vote.unverified", null, locale));
		}
		VoteResult result = this.intake.cast(candidateId.getAsLong(),
				this.voters.voter(voterKey.get(), request, response));
		if (result instanceof VoteResult.Accepted) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(ACCEPTED.length);
			response.getOutputStream().write(ACCEPTED);
			return null;
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
		return ResponseEntity.status(status(result)).body(body);
	}

	private static OptionalLong candidateOf(HttpServletRequest request) {
		String value = request.getParameter("candidate");
		try {
			return (value == null) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String result, String message) {
		return ResponseEntity.status(status).body(Map.of("result", result, "message", message));
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

}
