package cn.laurel.voting.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import cn.laurel.system.ReasonMessages;
import cn.laurel.voting.CandidatePhoto;
import cn.laurel.voting.Captchas;
import cn.laurel.voting.PublicCandidate;
import cn.laurel.voting.PublicTallies;
import cn.laurel.voting.PublishedCandidates;
import cn.laurel.voting.RateLimit;
import cn.laurel.voting.RateLimits;
import cn.laurel.voting.SharePoster;
import cn.laurel.voting.SmsIdentity;
import cn.laurel.voting.VoteIntake;
import cn.laurel.voting.VoteMessages;
import cn.laurel.voting.VoteResult;
import cn.laurel.voting.VoterKeys;
import cn.laurel.voting.VoterRequests;
import cn.laurel.voting.VotingCampaign;
import cn.laurel.voting.VotingCampaigns;
import cn.laurel.voting.VotingRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public's voting pages, no login: a campaign's landing page, a category's candidate cards, a
 * candidate's page with the vote button and share link, and phone verification. Plain HTML forms
 * that work without JavaScript, sized for a phone and WeChat's in-app browser.
 */
@Controller
class PublicVotingPages {

	/** Only images are served from a public address, whatever a catalogue hands over. */
	private static final Set<String> PHOTO_TYPES = Set.of(MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE);

	private final VotingCampaigns campaigns;

	private final PublishedCandidates candidates;

	private final PublicTallies tallies;

	private final VoteIntake intake;

	private final VoterRequests voters;

	private final SmsIdentity sms;

	private final VoterKeys keys;

	private final Captchas captchas;

	private final RateLimits limits;

	private final VoteMessages voteMessages;

	private final MessageSource messages;

	private final SharePoster poster;

	private final Clock clock;

	PublicVotingPages(VotingCampaigns campaigns, PublishedCandidates candidates, PublicTallies tallies,
			VoteIntake intake, VoterRequests voters, SmsIdentity sms, VoterKeys keys, Captchas captchas,
			RateLimits limits, VoteMessages voteMessages, MessageSource messages, SharePoster poster, Clock clock) {
		this.campaigns = campaigns;
		this.candidates = candidates;
		this.tallies = tallies;
		this.intake = intake;
		this.voters = voters;
		this.sms = sms;
		this.keys = keys;
		this.captchas = captchas;
		this.limits = limits;
		this.voteMessages = voteMessages;
		this.messages = messages;
		this.poster = poster;
		this.clock = clock;
	}

	@GetMapping("/public/vote/{campaignId}")
	String landing(@PathVariable long campaignId, HttpServletRequest request, Model model) {
		VotingCampaign campaign = campaign(campaignId);
		List<PublicCandidate> published = this.candidates.of(campaignId);
		model.addAttribute("candidates", published);
		model.addAttribute("counts",
				published.stream().collect(Collectors.groupingBy(PublicCandidate::categoryId, Collectors.counting())));
		return show(campaign, "voting/landing", request, model);
	}

	@GetMapping("/public/vote/{campaignId}/categories/{categoryId}")
	String category(@PathVariable long campaignId, @PathVariable long categoryId, HttpServletRequest request,
			Model model) {
		VotingCampaign campaign = campaign(campaignId);
		VotingCampaign.PublicCategory category = campaign.categories()
			.stream()
			.filter(c -> c.id() == categoryId)
			.findFirst()
			.orElseThrow(PublicVotingPages::notFound);
		model.addAttribute("category", category);
		model.addAttribute("candidates", this.candidates.of(campaignId, categoryId));
		return show(campaign, "voting/category", request, model);
	}

	@GetMapping("/public/vote/candidates/{candidateId}")
	String candidate(@PathVariable long candidateId, HttpServletRequest request, Model model) {
		PublicCandidate candidate = this.candidates.find(candidateId).orElseThrow(PublicVotingPages::notFound);
		model.addAttribute("candidate", candidate);
		return show(campaign(candidate.campaignId()), "voting/candidate", request, model);
	}

	/**
	 * The candidate's share poster (a phone-sized PNG with a QR code to their page), for WeChat: while their
	 * campaign's voting pages are public.
	 */
	@GetMapping("/public/vote/candidates/{candidateId}/poster.png")
	ResponseEntity<byte[]> poster(@PathVariable long candidateId, HttpServletRequest request, Locale locale) {
		PublicCandidate candidate = this.candidates.find(candidateId).orElseThrow(PublicVotingPages::notFound);
		String link = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/public/vote/candidates/{id}")
			.buildAndExpand(candidateId)
			.toUriString();
		byte[] png = this.poster.render(campaign(candidate.campaignId()), candidate,
				this.candidates.photo(candidateId)
					.filter(p -> PHOTO_TYPES.contains(p.contentType()))
					.map(CandidatePhoto::bytes),
				link, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic())
			.body(png);
	}

	/** A photo with an ETag, so that a phone that has it is answered 304 without the bytes. */
	@GetMapping("/public/vote/candidates/{candidateId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long candidateId, WebRequest request) {
		this.candidates.find(candidateId).orElseThrow(PublicVotingPages::notFound);
		CandidatePhoto photo = this.candidates.photo(candidateId)
			.filter(p -> PHOTO_TYPES.contains(p.contentType()))
			.orElseThrow(PublicVotingPages::notFound);
		CRC32 crc = new CRC32();
		crc.update(photo.bytes());
		String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + photo.bytes().length + "\"";
		CacheControl cache = CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.eTag(etag)
			.cacheControl(cache)
			.body(photo.bytes());
	}

	/** The vote button: without a voter token the voter verifies first and comes back here. */
	@PostMapping("/public/vote/candidates/{candidateId}")
	String vote(@PathVariable long candidateId, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		PublicCandidate candidate = this.candidates.find(candidateId).orElseThrow(PublicVotingPages::notFound);
		Optional<byte[]> voterKey = this.voters.voterKey(request);
		if (voterKey.isEmpty()) {
			return "redirect:/public/vote/" + candidate.campaignId() + "/verify?next=/public/vote/candidates/"
					+ candidateId;
		}
		VoteResult result = this.intake.castAndWait(candidateId, this.voters.voter(voterKey.get(), request, response));
		if (result instanceof VoteResult.NoSuchCandidate) {
			throw notFound();
		}
		if (result instanceof VoteResult.Accepted) {
			model.addAttribute("voted",
					this.messages.getMessage("voting.vote.accepted", new Object[] { candidate.displayName() }, locale));
		}
		else {
			response.setStatus(VoteAnswers.status(result).value());
			model.addAttribute("refusal", VoteAnswers.explain(result, this.voteMessages, this.messages, locale));
		}
		return candidate(candidateId, request, model);
	}

	@GetMapping("/public/vote/{campaignId}/verify")
	String verifyPage(@PathVariable long campaignId, @RequestParam(required = false) String next,
			HttpServletRequest request, Model model, Locale locale) {
		return showVerify(campaign(campaignId), next, null, request, model, locale);
	}

	/** Step one: the captcha and the phone; a code is sent. */
	@PostMapping("/public/vote/{campaignId}/verify/code")
	String sendCode(@PathVariable long campaignId, @RequestParam(required = false) String next,
			@RequestParam(required = false) String phone, @RequestParam(required = false) UUID captchaId,
			@RequestParam(required = false) String captcha, HttpServletRequest request, Model model, Locale locale) {
		VotingCampaign campaign = campaign(campaignId);
		model.addAttribute("phone", phone);
		try {
			this.sms.sendCode(phone, captchaId, captcha, request.getRemoteAddr());
			model.addAttribute("codeSent", true);
		}
		catch (VotingRefused refused) {
			model.addAttribute("problem", text(refused, locale));
		}
		return showVerify(campaign, next, phone, request, model, locale);
	}

	/** Step two: the code; the voter gets their token and goes back to where they were. */
	@PostMapping("/public/vote/{campaignId}/verify")
	String verify(@PathVariable long campaignId, @RequestParam(required = false) String next,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		VotingCampaign campaign = campaign(campaignId);
		try {
			String number = this.sms.verify(Map.of("phone", phone == null ? "" : phone, "code",
					code == null ? "" : code));
			this.voters.signIn(this.keys.voterKey(this.sms.id(), number), request, response);
			return "redirect:" + safeNext(campaign, next);
		}
		catch (VotingRefused refused) {
			model.addAttribute("phone", phone);
			model.addAttribute("codeSent", true);
			model.addAttribute("problem", text(refused, locale));
			return showVerify(campaign, next, phone, request, model, locale);
		}
	}

	@GetMapping("/public/vote/captcha/{id}")
	ResponseEntity<byte[]> captcha(@PathVariable UUID id) {
		return this.captchas.image(id)
			.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png))
			.orElseThrow(PublicVotingPages::notFound);
	}

	private String showVerify(VotingCampaign campaign, String next, String phone, HttpServletRequest request,
			Model model, Locale locale) {
		model.addAttribute("next", safeNext(campaign, next));
		if (!model.containsAttribute("codeSent")) {
			model.addAttribute("codeSent", false);
		}
		this.limits.take(RateLimit.CAPTCHAS_PER_ADDRESS, request.getRemoteAddr())
			.ifPresentOrElse(exceeded -> model.addAttribute("problem", this.voteMessages.limited(exceeded, locale)),
					() -> model.addAttribute("captchaId", this.captchas.issue()));
		return show(campaign, "voting/verify", request, model);
	}

	private String show(VotingCampaign campaign, String view, HttpServletRequest request, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("campaign", campaign);
		model.addAttribute("open", campaign.isOpen(now));
		model.addAttribute("upcoming", campaign.hasNotOpened(now));
		model.addAttribute("opensAt", campaign.rules().opensAt() == null ? null
				: this.voteMessages.time(campaign.rules().opensAt()));
		model.addAttribute("closesAt", campaign.rules().closesAt() == null ? null
				: this.voteMessages.closingTime(campaign.rules().closesAt()));
		model.addAttribute("tallies", this.tallies.shown(campaign, now).orElse(null));
		model.addAttribute("verified", this.voters.voterKey(request).isPresent());
		model.addAttribute("shareUrl", ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null)
			.toUriString());
		return view;
	}

	private String text(VotingRefused refused, Locale locale) {
		return ReasonMessages.text(this.messages, refused, locale);
	}

	/** Only a path on this site's voting pages, so the link cannot send a voter elsewhere. */
	private static String safeNext(VotingCampaign campaign, String next) {
		return (next != null && next.matches("/public/vote/[\\w/\\-]*")) ? next : "/public/vote/" + campaign.id();
	}

	private VotingCampaign campaign(long campaignId) {
		return this.campaigns.find(campaignId).orElseThrow(PublicVotingPages::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
