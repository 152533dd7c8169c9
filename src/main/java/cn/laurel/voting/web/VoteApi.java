package cn.laurel.voting.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.laurel.voting.VoteIntake;
import cn.laurel.voting.VoterRequests;

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

	static final String VOTES = "/public/vote/api/votes";

	private final VoteIntake intake;

	private final VoterRequests voters;

	private final VoteAnswers answers;

	private final MessageSource messages;

	VoteApi(VoteIntake intake, VoterRequests voters, VoteAnswers answers, MessageSource messages) {
		this.intake = intake;
		this.voters = voters;
		this.answers = answers;
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
	 * outside the database. The answer comes from {@link VoteAnswers}, after the commit, without holding this
	 * thread.
	 */
	@PostMapping(VOTES)
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
		this.answers.answer(this.intake.cast(candidateId.getAsLong(), this.voters.voter(voterKey.get(), request, response)),
				request, response, locale);
		return null;
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

}
