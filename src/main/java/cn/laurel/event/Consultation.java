package cn.laurel.event;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 征求意见表: filled on a phone by the QR code on the day or entered from paper, each given an owner and answered
 * in writing, and summed up by topic for the report.
 */
@Service
public class Consultation {

	private final Events events;

	private final Opinions opinions;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Consultation(Events events, Opinions opinions, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.opinions = opinions;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A form filled on a phone, by the QR code handed out at the 座谈会. */
	@Transactional
	public Opinion submit(String publicKey, Opinion.Form form) {
		Event event = this.events.byPublicKey(publicKey).orElseThrow(() -> new EventNotFound(publicKey));
		return save(event, Opinion.receive(event, form, OpinionChannel.PHONE, this.clock.instant()));
	}

	/** A paper form the office types in. */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public Opinion enter(long eventId, Opinion.Form form) {
		Event event = event(eventId);
		return save(event, Opinion.receive(event, form, OpinionChannel.PAPER, this.clock.instant()));
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void assign(long eventId, long opinionId, String owner) {
		Event event = event(eventId);
		Opinion opinion = opinion(eventId, opinionId);
		opinion.assign(event, owner);
		save(event, opinion);
	}

	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public void reply(long eventId, long opinionId, String reply) {
		Event event = event(eventId);
		Opinion opinion = opinion(eventId, opinionId);
		opinion.reply(event, reply, this.clock.instant());
		save(event, opinion);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public List<Opinion> opinions(long eventId) {
		return this.opinions.ofEvent(eventId);
	}

	/** A topic's figures in the report: how many opinions, how many answered. */
	public record TopicCount(String topic, long received, long replied) {
	}

	/**
	 * The report: per topic of the event (in its order, then any other topic an opinion carries) the opinions received
	 * and answered, and every opinion with its owner and reply.
	 */
	public record Summary(EventOverview overview, List<TopicCount> topics, List<Opinion> opinions) {

		public long received() {
			return this.opinions.size();
		}

		public long replied() {
			return this.opinions.stream().filter(o -> o.getStatus() == OpinionStatus.REPLIED).count();
		}

	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public Summary summary(long eventId, EventOverview overview) {
		List<Opinion> all = this.opinions.ofEvent(eventId);
		Map<String, long[]> counts = new LinkedHashMap<>();
		overview.event().getDetails().topics().forEach(topic -> counts.put(topic, new long[2]));
		for (Opinion opinion : all) {
			long[] count = counts.computeIfAbsent(opinion.getTopic(), topic -> new long[2]);
			count[0]++;
			if (opinion.getStatus() == OpinionStatus.REPLIED) {
				count[1]++;
			}
		}
		return new Summary(overview, counts.entrySet()
			.stream()
			.map(e -> new TopicCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList(), all);
	}

	private Opinion save(Event event, Opinion opinion) {
		long id = this.opinions.save(opinion);
		opinion.events(id).forEach(this.publisher::publishEvent);
		return this.opinions.find(event.getId(), id).orElseThrow();
	}

	private Event event(long eventId) {
		return this.events.find(eventId).orElseThrow(() -> new EventNotFound(eventId));
	}

	private Opinion opinion(long eventId, long opinionId) {
		return this.opinions.find(eventId, opinionId).orElseThrow(() -> new EventNotFound(opinionId));
	}

}
