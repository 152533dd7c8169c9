package cn.laurel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An event an office plans, fills with people in set numbers, runs on the day and reports on: a 政务开放日 (seed 004)
 * or a campaign's 发布仪式. Its participant groups and agenda are kept beside it; its status moves by one guarded
 * verb per step, each recording an event for the audit trail.
 */
public class Event {

	private final Long id;

	private final long version;

	private final long organiserUnitId;

	private final Long campaignId;

	private Details details;

	private EventStatus status;

	private final String publicKey;

	private final Instant createdAt;

	private final transient List<EventEvents.Changed> events = new ArrayList<>();

	Event(Long id, long version, long organiserUnitId, Long campaignId, Details details, EventStatus status,
			String publicKey, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.organiserUnitId = organiserUnitId;
		this.campaignId = campaignId;
		this.details = details;
		this.status = status;
		this.publicKey = publicKey;
		this.createdAt = createdAt;
	}

	/**
	 * What the office writes about an event, as its 活动方案 prints it.
	 *
	 * @param places the places, one a line (seed 004: XX坝秸秆收储中心, XX镇人民政府, its 大会议室)
	 * @param topics the topics the 征求意见表 offers, in order
	 * @param liveStreamUrl where a 发布仪式 is broadcast (http or https), shown on the campaign's public honour roll
	 */
	public record Details(EventKind kind, String title, String theme, LocalDate heldOn, LocalTime startsAt,
			LocalTime endsAt, String places, String objectives, List<String> topics, String liveStreamUrl) {

		public Details {
			topics = topics == null ? List.of()
					: topics.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
			title = strip(title);
			theme = strip(theme);
			places = strip(places);
			objectives = strip(objectives);
			liveStreamUrl = strip(liveStreamUrl);
		}

		/** Refused unless it names a kind, a title and a day, its times in order and its stream a web address. */
		void check(Long campaignId) {
			if (this.kind == null) {
				throw EventRefused.at("kind", "event.details.kind-required");
			}
			if (this.title == null) {
				throw EventRefused.at("title", "event.details.title-required");
			}
			if (this.heldOn == null) {
				throw EventRefused.at("heldOn", "event.details.date-required");
			}
			if (this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt)) {
				throw EventRefused.at("endsAt", "event.details.times-reversed");
			}
			if (this.kind == EventKind.CEREMONY && campaignId == null) {
				throw EventRefused.at("campaignId", "event.details.ceremony-needs-campaign");
			}
			if (this.liveStreamUrl != null && !this.liveStreamUrl.matches("(?i)https?://\\S+")) {
				throw EventRefused.at("liveStreamUrl", "event.details.stream-not-web");
			}
		}

		/** The places one a line, without blanks. */
		public List<String> placeLines() {
			return this.places == null ? List.of()
					: this.places.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

		private static String strip(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}

	}

	/** A new event in planning; a 发布仪式 belongs to a campaign. */
	static Event plan(long organiserUnitId, Long campaignId, Details details, String publicKey, Instant now) {
		details.check(campaignId);
		Event event = new Event(null, 0, organiserUnitId, campaignId, details, EventStatus.PLANNING, publicKey, now);
		event.record("event.planned", null);
		return event;
	}

	/** Rewrites the details until the event is concluded. */
	void describe(Details changed) {
		if (this.status == EventStatus.CONCLUDED) {
			throw notNow("describe");
		}
		changed.check(this.campaignId);
		if (changed.kind() != this.details.kind()) {
			throw EventRefused.at("kind", "event.details.kind-fixed");
		}
		this.details = changed;
		record("event.described", null);
	}

	/** Sets who comes in what numbers; only while people are still being taken. */
	void regroup(List<ParticipantGroup> groups) {
		requireTakingPeople();
		ParticipantGroup.checkAll(groups);
		record("event.groups-set", null);
	}

	/** Sets the agenda, in order, until the event is concluded. */
	void reviseAgenda(List<AgendaItem> agenda) {
		if (this.status == EventStatus.CONCLUDED) {
			throw notNow("agenda");
		}
		agenda.forEach(AgendaItem::check);
		record("event.agenda-set", null);
	}

	/** Sets a 发布仪式's run of show until it is concluded. */
	void reviseRunOfShow() {
		if (this.details.kind() != EventKind.CEREMONY) {
			throw new EventRefused("event.show.not-ceremony");
		}
		if (this.status == EventStatus.CONCLUDED) {
			throw notNow("show");
		}
		record("event.show-set", null);
	}

	/** Opens invitations and public sign-up; an event without a group has nobody to take. */
	void open(int groups) {
		require("open", EventStatus.PLANNING);
		if (groups == 0) {
			throw new EventRefused("event.status.no-groups");
		}
		move(EventStatus.OPEN);
	}

	/** The day has come: check-in and the 征求意见表 by QR code open, sign-up closes. */
	void start() {
		require("start", EventStatus.OPEN);
		move(EventStatus.UNDER_WAY);
	}

	/** The day is over: paper forms may still be entered and replies written. */
	void conclude() {
		require("conclude", EventStatus.UNDER_WAY);
		move(EventStatus.CONCLUDED);
	}

	/** People may be invited or sign up while the event is planned or open. */
	void requireTakingPeople() {
		if (this.status != EventStatus.PLANNING && this.status != EventStatus.OPEN) {
			throw notNow("invite");
		}
	}

	/** The public signs up only while the event is open. */
	void requireSignUpOpen() {
		if (this.status != EventStatus.OPEN) {
			throw new EventRefused("event.sign-up.closed");
		}
	}

	/** Check-in and the 征求意见表 by phone happen on the day. */
	void requireUnderWay(String verb) {
		if (this.status != EventStatus.UNDER_WAY) {
			throw notNow(verb);
		}
	}

	/** A paper 征求意见表 is entered on the day or afterwards. */
	void requireHeld() {
		if (this.status != EventStatus.UNDER_WAY && this.status != EventStatus.CONCLUDED) {
			throw notNow("enter");
		}
	}

	private void require(String verb, EventStatus allowed) {
		if (this.status != allowed) {
			throw notNow(verb);
		}
	}

	private EventRefused notNow(String verb) {
		return new EventRefused("event.not-now", "event.verb." + verb, this.status.messageKey());
	}

	private void move(EventStatus to) {
		EventStatus from = this.status;
		this.status = to;
		record("event.status-changed", from);
	}

	private void record(String action, EventStatus from) {
		this.events.add(new EventEvents.Changed(action, EventEvents.EVENT, this.id == null ? 0 : this.id, this.campaignId,
				from == null ? null : Map.of("status", from), Map.of("status", this.status, "title",
						this.details.title(), "heldOn", this.details.heldOn().toString())));
	}

	List<EventEvents.Changed> events(long savedId) {
		return this.events.stream().map(event -> event.withId(savedId)).toList();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public Details getDetails() {
		return this.details;
	}

	public EventKind getKind() {
		return this.details.kind();
	}

	public String getTitle() {
		return this.details.title();
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public String getPublicKey() {
		return this.publicKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
