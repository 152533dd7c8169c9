package cn.laurel.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaigns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's verbs on an event: plan it (details, groups with their numbers, agenda), revise it, and move it
 * from planning to open, under way and concluded; and the overview every page starts from.
 */
@Service
public class EventPlanning {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Events events;

	private final Participants participants;

	private final Campaigns campaigns;

	private final EventAccess access;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventPlanning(Events events, Participants participants, Campaigns campaigns, EventAccess access,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.participants = participants;
		this.campaigns = campaigns;
		this.access = access;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** An event as planned: its details, groups in order and agenda in order. */
	public record Plan(Event.Details details, List<ParticipantGroup> groups, List<AgendaItem> agenda) {

		public Plan {
			groups = List.copyOf(groups);
			agenda = List.copyOf(agenda);
		}

	}

	/** A new event of the office, optionally of one of its campaigns (a 发布仪式 always is). */
	@Transactional
	@PreAuthorize("@eventAccess.canOrganiseFor(#organiserUnitId)")
	public Event plan(Long organiserUnitId, Long campaignId, Plan plan) {
		if (campaignId != null && !this.campaigns.findById(campaignId)
			.map(c -> Objects.equals(c.getOrganiserUnitId(), organiserUnitId))
			.orElse(false)) {
			throw EventRefused.at("campaignId", "event.details.campaign-not-yours");
		}
		Event event = Event.plan(organiserUnitId, campaignId, plan.details(), randomKey(), this.clock.instant());
		long id = this.events.save(event);
		publish(event, id);
		Event saved = this.events.find(id).orElseThrow();
		saved.regroup(plan.groups());
		saved.reviseAgenda(plan.agenda());
		this.events.replaceGroups(id, plan.groups());
		this.events.replaceAgenda(id, plan.agenda());
		publish(saved, id);
		return saved;
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void describe(long eventId, Event.Details details) {
		Event event = event(eventId);
		event.describe(details);
		publish(event, this.events.save(event));
	}

	/**
	 * Sets the groups in order. A group keeps its people when it is renamed or renumbered, never below the seats it
	 * has given; a group is removed only when nobody is in it.
	 */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void regroup(long eventId, List<ParticipantGroup> groups) {
		Event event = event(eventId);
		event.regroup(groups);
		Set<Long> kept = groups.stream().map(ParticipantGroup::id).filter(Objects::nonNull).collect(Collectors.toSet());
		for (ParticipantGroup group : groups) {
			if (group.id() != null) {
				GroupQuota.resize(group, this.participants.seated(group.id()));
			}
		}
		Set<Long> occupied = this.participants.ofEvent(eventId)
			.stream()
			.map(Participant::getGroupId)
			.collect(Collectors.toSet());
		this.events.groups(eventId)
			.stream()
			.filter(g -> !kept.contains(g.id()) && occupied.contains(g.id()))
			.findFirst()
			.ifPresent(g -> {
				throw EventRefused.at("groups", "event.group.not-empty", g.name());
			});
		this.events.replaceGroups(eventId, groups);
		publish(event, eventId);
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void reviseAgenda(long eventId, List<AgendaItem> agenda) {
		Event event = event(eventId);
		event.reviseAgenda(agenda);
		this.events.replaceAgenda(eventId, agenda);
		publish(event, eventId);
	}

	/** Moves the event on by one step: open, start (the day), conclude. */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void advance(long eventId, EventStatus to) {
		Event event = event(eventId);
		switch (to) {
			case OPEN -> event.open(this.events.groups(eventId).size());
			case UNDER_WAY -> event.start();
			case CONCLUDED -> event.conclude();
			case PLANNING -> throw new EventRefused("event.status.no-way-back");
		}
		publish(event, this.events.save(event));
	}

	/** The events the current user manages, the latest day first. */
	@Transactional(readOnly = true)
	public List<Event> manageable() {
		Long office = this.access.officeOfCurrentUser();
		return office != null && office < 0 ? List.of() : this.events.ofOrganiser(office);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public EventOverview overview(long eventId) {
		return overview(event(eventId));
	}

	/** An event the public may see by its key: one not in planning any more. */
	@Transactional(readOnly = true)
	public EventOverview published(String publicKey) {
		return overview(this.events.byPublicKey(publicKey)
			.filter(e -> e.getStatus() != EventStatus.PLANNING)
			.orElseThrow(() -> new EventNotFound(publicKey)));
	}

	/** The event behind a personal link, whatever its status: invitations go out while it is planned. */
	@Transactional(readOnly = true)
	public EventOverview of(Participant participant) {
		return overview(event(participant.getEventId()));
	}

	EventOverview overview(Event event) {
		return new EventOverview(event, this.events.groups(event.getId()), this.events.agenda(event.getId()),
				this.participants.ofEvent(event.getId()));
	}

	private Event event(long eventId) {
		return this.events.find(eventId).orElseThrow(() -> new EventNotFound(eventId));
	}

	private void publish(Event event, long id) {
		event.events(id).forEach(this.publisher::publishEvent);
	}

	/** 128 random bits, URL-safe: a public link or a personal invitation nobody can guess. */
	static String randomKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
