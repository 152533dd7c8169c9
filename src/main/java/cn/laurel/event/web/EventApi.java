package cn.laurel.event.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.laurel.event.AgendaItem;
import cn.laurel.event.Ceremonies;
import cn.laurel.event.CeremonyOffers;
import cn.laurel.event.Consultation;
import cn.laurel.event.Event;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.EventStatus;
import cn.laurel.event.EventTemplates;
import cn.laurel.event.Opinion;
import cn.laurel.event.Participant;
import cn.laurel.event.ParticipantGroup;
import cn.laurel.event.Registration;
import cn.laurel.event.ShowItem;
import cn.laurel.org.LaurelUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events as JSON, for scripts: every action the organiser's pages offer, through the same services and rules.
 * Participants' phones and 身份证号 appear masked only; the files come as the pages give them. Refusals are RFC 9457
 * problems.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApi {

	private final EventPlanning planning;

	private final EventTemplates templates;

	private final Registration registration;

	private final Consultation consultation;

	private final Ceremonies ceremonies;

	private final CeremonyOffers offers;

	private final Exports exports;

	EventApi(EventPlanning planning, EventTemplates templates, Registration registration, Consultation consultation,
			Ceremonies ceremonies, CeremonyOffers offers, Exports exports) {
		this.planning = planning;
		this.templates = templates;
		this.registration = registration;
		this.consultation = consultation;
		this.ceremonies = ceremonies;
		this.offers = offers;
		this.exports = exports;
	}

	/** {@code publicKey} names the event's public pages ({@code /public/events/{publicKey}}) and QR codes. */
	record EventSummary(long id, String kind, String title, LocalDate heldOn, String status, Long campaignId,
			String publicKey) {

		static EventSummary of(Event e) {
			return new EventSummary(e.getId(), e.getKind().name(), e.getTitle(), e.getDetails().heldOn(),
					e.getStatus().name(), e.getCampaignId(), e.getPublicKey());
		}

	}

	record GroupBody(long id, String name, int quota, boolean openSignUp, long seated, long applied, long checkedIn) {
	}

	/** {@code personalLink} is the path of the participant's own page (answer, check-in, agenda). */
	record ParticipantBody(long id, long groupId, String name, String organisation, String phone, String status,
			boolean checkedIn, String personalLink) {

		static ParticipantBody of(Participant p) {
			return new ParticipantBody(p.getId(), p.getGroupId(), p.getName(), p.getOrganisation(), p.maskedPhone(),
					p.getStatus().name(), p.isCheckedIn(), "/public/events/invitations/" + p.getToken());
		}

	}

	record EventBody(EventSummary event, Event.Details details, List<GroupBody> groups,
			List<ParticipantBody> participants) {
	}

	@GetMapping
	List<EventSummary> list() {
		return this.planning.manageable().stream().map(EventSummary::of).toList();
	}

	@GetMapping("/{eventId}")
	EventBody event(@PathVariable long eventId) {
		EventOverview o = this.planning.overview(eventId);
		return new EventBody(EventSummary.of(o.event()), o.event().getDetails(), o.figures()
			.stream()
			.map(f -> new GroupBody(f.group().id(), f.group().name(), f.group().quota(), f.group().openSignUp(),
					f.seated(), f.applied(), f.checkedIn()))
			.toList(), o.participants().stream().map(ParticipantBody::of).toList());
	}

	/** {@code organiserUnitId} is read for administrators only; organisers plan for their own office. */
	record FromTemplate(String template, LocalDate heldOn, Long campaignId, Long organiserUnitId) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	EventSummary create(@AuthenticationPrincipal LaurelUser user, @RequestBody FromTemplate body) {
		return EventSummary.of(this.templates.create(EventPages.office(user, body.organiserUnitId()), body.template(),
				body.heldOn(), body.campaignId()));
	}

	/**
	 * A blank event, as the "new event" page makes it; groups and agenda may come along or follow. {@code
	 * organiserUnitId} is read for administrators only.
	 */
	record Blank(Long organiserUnitId, Long campaignId, Event.Details details, List<ParticipantGroup> groups,
			List<AgendaItem> agenda) {
	}

	@PostMapping("/blank")
	@ResponseStatus(HttpStatus.CREATED)
	EventSummary createBlank(@AuthenticationPrincipal LaurelUser user, @RequestBody Blank body) {
		Event.Details details = body.details() == null
				? new Event.Details(null, null, null, null, null, null, null, null, null, null) : body.details();
		return EventSummary.of(this.planning.plan(EventPages.office(user, body.organiserUnitId()), body.campaignId(),
				new EventPlanning.Plan(details, orEmpty(body.groups()), orEmpty(body.agenda()))));
	}

	/** The ceremonies offered for campaigns made from a seed plan that ends in one. */
	record Offer(long campaignId, String campaignTitle, String template, LocalDate suggestedDay) {
	}

	@GetMapping("/ceremony-offers")
	List<Offer> offers() {
		return this.offers.open()
			.stream()
			.map(o -> new Offer(o.campaign().getId(), o.campaign().getTitle(), o.template().key(), o.suggestedDay()))
			.toList();
	}

	record Day(LocalDate heldOn) {
	}

	@PostMapping("/ceremony-offers/{campaignId}")
	@ResponseStatus(HttpStatus.CREATED)
	EventSummary acceptOffer(@PathVariable long campaignId, @RequestBody Day day) {
		return EventSummary.of(this.offers.accept(campaignId, day.heldOn()));
	}

	/** The details as the plan page edits them; the kind is the event's and may be left out. */
	@PutMapping("/{eventId}/details")
	EventSummary describe(@PathVariable long eventId, @RequestBody Event.Details details) {
		Event event = this.planning.overview(eventId).event();
		this.planning.describe(eventId, details.kind() != null ? details : new Event.Details(event.getKind(),
				details.title(), details.theme(), details.heldOn(), details.startsAt(), details.endsAt(),
				details.places(), details.objectives(), details.topics(), details.liveStreamUrl()));
		return EventSummary.of(this.planning.overview(eventId).event());
	}

	@GetMapping("/{eventId}/groups")
	List<ParticipantGroup> groups(@PathVariable long eventId) {
		return this.planning.overview(eventId).groups();
	}

	/**
	 * The groups in order, as the plan page sets them: a group with an {@code id} is renamed or renumbered, one
	 * without is added, one left out is removed (only while nobody is in it).
	 */
	@PutMapping("/{eventId}/groups")
	List<ParticipantGroup> regroup(@PathVariable long eventId, @RequestBody List<ParticipantGroup> groups) {
		this.planning.regroup(eventId, groups);
		return groups(eventId);
	}

	@GetMapping("/{eventId}/agenda")
	List<AgendaItem> agenda(@PathVariable long eventId) {
		return this.planning.overview(eventId).agenda();
	}

	/** The whole agenda in order: items are added, edited, reordered and removed by sending the list wanted. */
	@PutMapping("/{eventId}/agenda")
	List<AgendaItem> reviseAgenda(@PathVariable long eventId, @RequestBody List<AgendaItem> agenda) {
		this.planning.reviseAgenda(eventId, agenda);
		return agenda(eventId);
	}

	/** A 发布仪式's run of show, in order. */
	@GetMapping("/{eventId}/show")
	List<ShowItem> show(@PathVariable long eventId) {
		return this.ceremonies.runOfShow(eventId);
	}

	/** Draws the run of show anew from the campaign's decision, keeping the presenters named. */
	@PostMapping("/{eventId}/show/draw")
	List<ShowItem> draw(@PathVariable long eventId) {
		return this.ceremonies.draw(eventId);
	}

	/** The run of show in the order sent, with the presenters sent; every honouree once. */
	@PutMapping("/{eventId}/show")
	List<ShowItem> arrange(@PathVariable long eventId, @RequestBody List<Ceremonies.Arrangement> arrangement) {
		return this.ceremonies.arrange(eventId, arrangement);
	}

	record Move(EventStatus to) {
	}

	@PostMapping("/{eventId}/status")
	EventSummary advance(@PathVariable long eventId, @RequestBody Move move) {
		this.planning.advance(eventId, move.to());
		return EventSummary.of(this.planning.overview(eventId).event());
	}

	record Invitation(long groupId, String name, String organisation, String phone, String idNumber) {
	}

	@PostMapping("/{eventId}/participants")
	@ResponseStatus(HttpStatus.CREATED)
	ParticipantBody invite(@PathVariable long eventId, @RequestBody Invitation body) {
		return ParticipantBody.of(this.registration.invite(eventId, body.groupId(),
				new Participant.Person(body.name(), body.organisation(), body.phone(), body.idNumber())));
	}

	record Approval(boolean approved) {
	}

	@PostMapping("/{eventId}/participants/{participantId}/approval")
	void approve(@PathVariable long eventId, @PathVariable long participantId, @RequestBody Approval body) {
		if (body.approved()) {
			this.registration.approve(eventId, participantId);
		}
		else {
			this.registration.reject(eventId, participantId);
		}
	}

	@PostMapping("/{eventId}/participants/{participantId}/check-in")
	void checkIn(@PathVariable long eventId, @PathVariable long participantId) {
		this.registration.checkIn(eventId, participantId);
	}

	record OpinionBody(long id, String topic, String content, String channel, String status, String owner,
			String reply) {

		static OpinionBody of(Opinion o) {
			return new OpinionBody(o.getId(), o.getTopic(), o.getContent(), o.getChannel().name(),
					o.getStatus().name(), o.getOwner(), o.getReply());
		}

	}

	/** A paper 征求意见表 typed in. */
	@PostMapping("/{eventId}/opinions")
	@ResponseStatus(HttpStatus.CREATED)
	OpinionBody enter(@PathVariable long eventId, @RequestBody Opinion.Form form) {
		return OpinionBody.of(this.consultation.enter(eventId, form));
	}

	record Text(String text) {
	}

	@PutMapping("/{eventId}/opinions/{opinionId}/owner")
	void assign(@PathVariable long eventId, @PathVariable long opinionId, @RequestBody Text owner) {
		this.consultation.assign(eventId, opinionId, owner.text());
	}

	@PutMapping("/{eventId}/opinions/{opinionId}/reply")
	void reply(@PathVariable long eventId, @PathVariable long opinionId, @RequestBody Text reply) {
		this.consultation.reply(eventId, opinionId, reply.text());
	}

	record Report(List<Consultation.TopicCount> topics, long received, long replied, List<OpinionBody> opinions) {
	}

	@GetMapping("/{eventId}/report")
	Report report(@PathVariable long eventId) {
		Consultation.Summary s = this.consultation.summary(eventId, this.planning.overview(eventId));
		return new Report(s.topics(), s.received(), s.replied(), s.opinions().stream().map(OpinionBody::of).toList());
	}

	/** The report as the opinions page offers it: {@code docx} the written report, {@code xlsx} the figures. */
	@GetMapping("/{eventId}/report.{format:docx|xlsx}")
	void reportFile(@PathVariable long eventId, @PathVariable String format, Locale locale,
			HttpServletResponse response) throws IOException {
		this.exports.report(eventId, format, locale, response);
	}

	/** The 活动方案 as Word. */
	@GetMapping("/{eventId}/plan.docx")
	void planFile(@PathVariable long eventId, Locale locale, HttpServletResponse response) throws IOException {
		this.exports.plan(eventId, locale, response);
	}

	/** The participant list as .xlsx, phones and 身份证号 masked. */
	@GetMapping("/{eventId}/participants.xlsx")
	void participantsFile(@PathVariable long eventId, Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.participants(eventId, locale, response);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
