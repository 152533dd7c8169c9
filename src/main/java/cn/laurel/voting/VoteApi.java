package cn.laurel.voting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vote as a JSON call, for pages that vote without reloading and for load tests, and a no-op
 * ({@code ping}) that goes through the same filters, to measure what the vote itself costs.
 */
@RestController
class VoteApi {

	/** The answer to almost every vote, written once: no serialisation on the hot path. */
	private static final ResponseEntity<String> ACCEPTED = ResponseEntity.ok()
		.contentType(MediaType.APPLICATION_JSON)
		.body("{\"result\":\"accepted\"}");

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

	@GetMapping(path = "/public/vote/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	String ping() {
		return "ok";
	}

	/**
	 * 200 stored; 401 not verified; 404 no such candidate; 409 refused by a rule; 429 rate limit; 503 retry.
	 * The candidate is a parameter rather than part of the path: a fixed path is found by a map lookup,
	 * a path pattern only by trying every mapping of the application.
	 */
	@PostMapping("/public/vote/api/votes")
	ResponseEntity<?> vote(@RequestParam("candidate") long candidateId, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Optional<byte[]> voterKey = this.voters.voterKey(request);
		if (voterKey.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Map.of("result", "unverified", "message",
						this.messages.getMessage("voting.vote.unverified", null, locale)));
		}
		VoteResult result = this.intake.cast(candidateId, this.voters.voter(voterKey.get(), request, response));
		if (result instanceof VoteResult.Accepted) {
			return ACCEPTED;
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
