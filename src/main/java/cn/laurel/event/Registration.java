package cn.laurel.event;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who comes: the office invites people into a group (each gets a personal link), the public applies on the sign-up
 * page and the office approves or rejects, invitees accept or decline on their link, and on the day people check in
 * by the QR code (their phone number against the list) or by their link. Every seat is given under
 * {@link GroupQuota}.
 */
@Service
public class Registration {

	private final Events events;

	private final Participants participants;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Registration(Events events, Participants participants, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.participants = participants;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public Participant invite(long eventId, long groupId, Participant.Person person) {
		Event event = event(eventId);
		ParticipantGroup group = group(eventId, groupId);
		requireNewPhone(eventId, person);
		return save(event, Participant.invite(event, group, this.participants.seated(groupId), person,
				EventPlanning.randomKey(), this.clock.instant()));
	}

	/** A member of the public applies to a group open for sign-up; the answer carries their personal link's token. */
	@Transactional
	public Participant signUp(String publicKey, long groupId, Participant.Person person) {
		Event event = this.events.byPublicKey(publicKey).orElseThrow(() -> new EventNotFound(publicKey));
		ParticipantGroup group = group(event.getId(), groupId);
		requireNewPhone(event.getId(), person);
		return save(event, Participant.apply(event, group, person, EventPlanning.randomKey(), this.clock.instant()));
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void approve(long eventId, long participantId) {
		Event event = event(eventId);
		Participant participant = participant(eventId, participantId);
		participant.approve(event, group(eventId, participant.getGroupId()),
				this.participants.seated(participant.getGroupId()));
		save(event, participant);
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void reject(long eventId, long participantId) {
		Event event = event(eventId);
		Participant participant = participant(eventId, participantId);
		participant.reject(event);
		save(event, participant);
	}

	/** The office checks someone in at the desk. */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public boolean checkIn(long eventId, long participantId) {
		Event event = event(eventId);
		return checkIn(event, participant(eventId, participantId));
	}

	/** The QR code at the door: the phone number typed is looked up in the event's list. */
	@Transactional
	public Participant checkInByPhone(String publicKey, String phone) {
		Event event = this.events.byPublicKey(publicKey).orElseThrow(() -> new EventNotFound(publicKey));
		Participant participant = this.participants.byPhone(event.getId(), phone == null ? "" : phone)
			.orElseThrow(() -> EventRefused.at("phone", "event.check-in.not-on-list"));
		checkIn(event, participant);
		return participant;
	}

	/** Check-in from the personal link. */
	@Transactional
	public Participant checkInByToken(String token) {
		Participant participant = byToken(token);
		checkIn(event(participant.getEventId()), participant);
		return participant;
	}

	/** The invitee answers on their personal page. */
	@Transactional
	public void answer(String token, boolean coming) {
		Participant participant = byToken(token);
		Event event = event(participant.getEventId());
		if (coming) {
			participant.accept(event);
		}
		else {
			participant.decline(event);
		}
		save(event, participant);
	}

	/** The participant behind a personal link, with their event. */
	@Transactional(readOnly = true)
	public Participant byToken(String token) {
		return this.participants.byToken(token == null ? "" : token).orElseThrow(() -> new EventNotFound("link"));
	}

	private boolean checkIn(Event event, Participant participant) {
		boolean first = participant.checkIn(event, this.clock.instant());
		if (first) {
			save(event, participant);
		}
		return first;
	}

	private void requireNewPhone(long eventId, Participant.Person person) {
		if (!person.phone().isEmpty() && this.participants.byPhone(eventId, person.phone()).isPresent()) {
			throw EventRefused.at("phone", "event.participant.phone-taken");
		}
	}

	private Participant save(Event event, Participant participant) {
		long id = this.participants.save(participant);
		participant.events(id).forEach(this.publisher::publishEvent);
		return this.participants.find(event.getId(), id).orElseThrow();
	}

	private Event event(long eventId) {
		return this.events.find(eventId).orElseThrow(() -> new EventNotFound(eventId));
	}

	private ParticipantGroup group(long eventId, long groupId) {
		return this.events.groups(eventId)
			.stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> EventRefused.at("groupId", "event.group.unknown"));
	}

	private Participant participant(long eventId, long participantId) {
		return this.participants.find(eventId, participantId).orElseThrow(() -> new EventNotFound(participantId));
	}

}
