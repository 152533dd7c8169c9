package cn.laurel.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.system.PersonalData;

/**
 * One 征求意见表 as handed out at the 座谈会: a topic of the event's, what the person says, and optionally who they are
 * (the phone encrypted, shown masked) so the answer can reach them. The office gives it an owner, who answers it in
 * writing (答疑解惑 follow-up).
 */
public class Opinion {

	private static final int MAX_CONTENT = 2000;

	private final Long id;

	private final long version;

	private final long eventId;

	private final Form form;

	private final OpinionChannel channel;

	private OpinionStatus status;

	private String owner;

	private String reply;

	private final Instant receivedAt;

	private Instant repliedAt;

	private final transient List<EventEvents.Changed> events = new ArrayList<>();

	/** What the form says; all but topic and content may be left empty. */
	public record Form(String topic, String content, String authorName, String organisation, String phone) {

		public Form {
			topic = blankToNull(topic);
			content = blankToNull(content);
			authorName = blankToNull(authorName);
			organisation = blankToNull(organisation);
			phone = blankToNull(phone);
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}

	}

	Opinion(Long id, long version, long eventId, Form form, OpinionChannel channel, OpinionStatus status, String owner,
			String reply, Instant receivedAt, Instant repliedAt) {
		this.id = id;
		this.version = version;
		this.eventId = eventId;
		this.form = form;
		this.channel = channel;
		this.status = status;
		this.owner = owner;
		this.reply = reply;
		this.receivedAt = receivedAt;
		this.repliedAt = repliedAt;
	}

	/** A form filled on a phone on the day, or a paper one entered on the day or afterwards, on one of its topics. */
	static Opinion receive(Event event, Form form, OpinionChannel channel, Instant now) {
		if (channel == OpinionChannel.PHONE) {
			event.requireUnderWay("opinion");
		}
		else {
			event.requireHeld();
		}
		if (form.topic() == null || !event.getDetails().topics().contains(form.topic())) {
			throw EventRefused.at("topic", "event.opinion.topic-unknown");
		}
		if (form.content() == null) {
			throw EventRefused.at("content", "event.opinion.content-required");
		}
		if (form.content().length() > MAX_CONTENT) {
			throw EventRefused.at("content", "event.opinion.too-long", MAX_CONTENT);
		}
		if (form.phone() != null && !form.phone().matches("[0-9+\\- ]{7,20}")) {
			throw EventRefused.at("phone", "event.participant.bad-phone");
		}
		Opinion opinion = new Opinion(null, 0, event.getId(), form, channel, OpinionStatus.RECEIVED, null, null, now,
				null);
		opinion.record(event, "event.opinion-received", null);
		return opinion;
	}

	/** Gives the opinion to whoever answers it (a department, a named official); until answered it may pass on. */
	void assign(Event event, String owner) {
		if (this.status == OpinionStatus.REPLIED) {
			throw notNow("assign");
		}
		if (owner == null || owner.isBlank()) {
			throw EventRefused.at("owner", "event.opinion.owner-required");
		}
		OpinionStatus from = this.status;
		this.owner = owner.strip();
		this.status = OpinionStatus.ASSIGNED;
		record(event, "event.opinion-assigned", from);
	}

	/** The owner's written answer. */
	void reply(Event event, String text, Instant now) {
		if (this.status != OpinionStatus.ASSIGNED) {
			throw notNow("reply");
		}
		if (text == null || text.isBlank()) {
			throw EventRefused.at("reply", "event.opinion.reply-required");
		}
		this.reply = text.strip();
		this.repliedAt = now;
		this.status = OpinionStatus.REPLIED;
		record(event, "event.opinion-replied", OpinionStatus.ASSIGNED);
	}

	private EventRefused notNow(String verb) {
		return new EventRefused("event.opinion.not-now", "event.verb." + verb, this.status.messageKey());
	}

	/** What the audit trail keeps: never who wrote it or their phone. */
	private void record(Event event, String action, OpinionStatus from) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("event", this.eventId);
		after.put("topic", this.form.topic());
		after.put("status", this.status);
		if (this.owner != null) {
			after.put("owner", this.owner);
		}
		this.events.add(new EventEvents.Changed(action, EventEvents.OPINION, this.id == null ? 0 : this.id, event.getCampaignId(),
				from == null ? null : Map.of("status", from), after));
	}

	List<EventEvents.Changed> events(long savedId) {
		return this.events.stream().map(event -> event.withId(savedId)).toList();
	}

	public String maskedPhone() {
		return PersonalData.maskPhone(this.form.phone());
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getEventId() {
		return this.eventId;
	}

	public String getTopic() {
		return this.form.topic();
	}

	public String getContent() {
		return this.form.content();
	}

	public String getAuthorName() {
		return this.form.authorName();
	}

	public String getOrganisation() {
		return this.form.organisation();
	}

	Form form() {
		return this.form;
	}

	public OpinionChannel getChannel() {
		return this.channel;
	}

	public OpinionStatus getStatus() {
		return this.status;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getReply() {
		return this.reply;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

}
