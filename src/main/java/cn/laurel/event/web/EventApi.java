package cn.laurel.event.web;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.event.Consultation;
import cn.laurel.event.Event;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.EventStatus;
import cn.laurel.event.EventTemplates;
import cn.laurel.event.Opinion;
import cn.laurel.event.Participant;
import cn.laurel.event.Registration;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

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
 * Events as JSON, for scripts: the same services and rules as the pages. Participants' phones and 身份证号 appear
 * masked only. Refusals are RFC 9457 problems ({@link EventApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApi {

	private final EventPlanning planning;

	private final EventTemplates templates;

	private final Registration registration;

	private final Consultation consultation;

	EventApi(EventPlanning planning, EventTemplates templates, Registration registration,
			Consultation consultation) {
		this.planning = planning;
		this.templates = templates;
		this.registration = registration;
		this.consultation = consultation;
	}

	record EventSummary(long id, String kind, String title, LocalDate heldOn, String status, Long campaignId) {

		static EventSummary of(Event e) {
			return new EventSummary(e.getId(), e.getKind().name(), e.getTitle(), e.getDetails().heldOn(),
					e.getStatus().name(), e.getCampaignId());
		}

	}

	record GroupBody(long id, String name, int quota, boolean openSignUp, long seated, long applied, long checkedIn) {
	}

	record ParticipantBody(long id, long groupId, String name, String organisation, String phone, String status,
			boolean checkedIn) {

		static ParticipantBody of(Participant p) {
			return new ParticipantBody(p.getId(), p.getGroupId(), p.getName(), p.getOrganisation(), p.maskedPhone(),
					p.getStatus().name(), p.isCheckedIn());
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
		Long office = user.is(Role.ADMIN) ? body.organiserUnitId() : user.unitId();
		return EventSummary.of(this.templates.create(office, body.template(), body.heldOn(), body.campaignId()));
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

}
