package cn.laurel.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.award.CeremonyBroadcast;
import cn.laurel.award.ConfirmedHonourees;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发布仪式 mode: the run of show drawn from the campaign's decision (honourees by category in the roll's order), arranged
 * by the organiser with who presents each; the 大屏 steps through it; the live stream goes on the public honour roll.
 */
@Service
public class Ceremonies implements CeremonyBroadcast {

	private final Events events;

	private final ConfirmedHonourees honourees;

	private final ApplicationEventPublisher publisher;

	Ceremonies(Events events, ConfirmedHonourees honourees, ApplicationEventPublisher publisher) {
		this.events = events;
		this.honourees = honourees;
		this.publisher = publisher;
	}

	/** The place (by the order of the list) and presenter the organiser gives an honouree. */
	public record Arrangement(long nominationId, String presenter) {
	}

	/**
	 * Draws the run of show from the decision anew, in the roll's order: by category, then rank. A presenter already
	 * named for an honouree stays.
	 */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public List<ShowItem> draw(long eventId) {
		Event event = ceremony(eventId);
		List<ShortlistEntry> decided = this.honourees.of(event.getCampaignId());
		if (decided.isEmpty()) {
			throw new EventRefused("event.show.no-decision");
		}
		Map<Long, String> presenters = this.events.runOfShow(eventId)
			.stream()
			.filter(item -> item.presenter() != null)
			.collect(Collectors.toMap(ShowItem::nominationId, ShowItem::presenter));
		return save(event, decided.stream()
			.map(h -> new ShowItem(null, h.categoryName(), h.nominationId(), h.displayName(), h.unitName(),
					h.deedSummary(), presenters.get(h.nominationId())))
			.toList());
	}

	/** Reorders the run of show and names the presenters; every honouree stays in it once. */
	@Transactional
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public List<ShowItem> arrange(long eventId, List<Arrangement> arrangement) {
		Event event = ceremony(eventId);
		return save(event, RunOfShow.arrange(this.events.runOfShow(eventId), arrangement));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public List<ShowItem> runOfShow(long eventId) {
		return this.events.runOfShow(eventId);
	}

	/** An honouree's photo for the 大屏. */
	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public Optional<byte[]> photo(long eventId, long nominationId) {
		return this.honourees.photo(ceremony(eventId).getCampaignId(), nominationId);
	}

	/** The honourees of the run of show that have a photo; the 大屏 shows the others by a name block. */
	@Transactional(readOnly = true)
	@PreAuthorize("@eventAccess.canManage(#eventId)")
	public Set<Long> photographed(long eventId) {
		long campaignId = ceremony(eventId).getCampaignId();
		return this.events.runOfShow(eventId)
			.stream()
			.map(ShowItem::nominationId)
			.filter(n -> this.honourees.photo(campaignId, n).isPresent())
			.collect(Collectors.toSet());
	}

	/** The first ceremony of the campaign with a live stream set. */
	@Override
	@Transactional(readOnly = true)
	public Optional<LiveStream> of(long campaignId) {
		return this.events.ofCampaign(campaignId)
			.stream()
			.filter(e -> e.getKind() == EventKind.CEREMONY && e.getDetails().liveStreamUrl() != null)
			.findFirst()
			.map(Event::getDetails)
			.map(d -> new LiveStream(d.title(), d.liveStreamUrl(), d.heldOn(), d.startsAt()));
	}

	private List<ShowItem> save(Event event, List<ShowItem> items) {
		event.reviseRunOfShow();
		this.events.replaceRunOfShow(event.getId(), items);
		event.events(event.getId()).forEach(this.publisher::publishEvent);
		return this.events.runOfShow(event.getId());
	}

	private Event ceremony(long eventId) {
		Event event = this.events.find(eventId).orElseThrow(() -> new EventNotFound(eventId));
		if (event.getKind() != EventKind.CEREMONY) {
			throw new EventRefused("event.show.not-ceremony");
		}
		return event;
	}

}
