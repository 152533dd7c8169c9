package cn.laurel.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.system.PersonalData;

/**
 * A person at an event: invited by the office with a personal link, or signed up on the public page and approved.
 * Phone and 身份证号 are kept encrypted and shown masked; the personal link's token is what the person's phone page,
 * check-in and 征求意见表 recognise them by.
 */
public class Participant {

	private static final String PHONE = "[0-9+\\- ]{7,20}";

	private static final String ID_NUMBER = "\\d{17}[\\dXx]";

	private final Long id;

	private final long version;

	private final long eventId;

	private final long groupId;

	private final String name;

	private final String organisation;

	private final String phone;

	private final String idNumber;

	private final Source source;

	private ParticipantStatus status;

	private final String token;

	private Instant checkedInAt;

	private final Instant createdAt;

	private final transient List<EventEvents.Changed> events = new ArrayList<>();

	/** How a participant came: the office's invitation, or the public sign-up page. */
	public enum Source {

		INVITATION, SIGN_UP

	}

	/** Who a person says they are, as typed on the invitation or sign-up form. */
	public record Person(String name, String organisation, String phone, String idNumber) {

		public Person {
			name = name == null ? "" : name.strip();
			organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
			phone = phone == null ? "" : phone.strip();
			idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
		}

		void check() {
			if (this.name.isEmpty()) {
				throw EventRefused.at("name", "event.participant.name-required");
			}
			if (!this.phone.matches(PHONE)) {
				throw EventRefused.at("phone", "event.participant.bad-phone");
			}
			if (this.idNumber != null && !this.idNumber.matches(ID_NUMBER)) {
				throw EventRefused.at("idNumber", "event.participant.bad-id-number");
			}
		}

	}

	Participant(Long id, long version, long eventId, long groupId, Person person, Source source,
			ParticipantStatus status, String token, Instant checkedInAt, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.eventId = eventId;
		this.groupId = groupId;
		this.name = person.name();
		this.organisation = person.organisation();
		this.phone = person.phone();
		this.idNumber = person.idNumber();
		this.source = source;
		this.status = status;
		this.token = token;
		this.checkedInAt = checkedInAt;
		this.createdAt = createdAt;
	}

	/** An invitation, taking one of the group's seats at once. */
	static Participant invite(Event event, ParticipantGroup group, long seated, Person person, String token,
			Instant now) {
		event.requireTakingPeople();
		person.check();
		GroupQuota.admit(group, seated);
		return created(event, group, person, Source.INVITATION, ParticipantStatus.INVITED, token, now);
	}

	/** A public application to a group open for sign-up; it takes a seat only when the office approves it. */
	static Participant apply(Event event, ParticipantGroup group, Person person, String token, Instant now) {
		event.requireSignUpOpen();
		if (!group.openSignUp()) {
			throw EventRefused.at("groupId", "event.sign-up.group-closed", group.name());
		}
		person.check();
		return created(event, group, person, Source.SIGN_UP, ParticipantStatus.APPLIED, token, now);
	}

	private static Participant created(Event event, ParticipantGroup group, Person person, Source source,
			ParticipantStatus status, String token, Instant now) {
		Participant participant = new Participant(null, 0, event.getId(), group.id(), person, source, status, token,
				null, now);
		participant.record(event, source == Source.INVITATION ? "event.participant-invited"
				: "event.participant-applied", null);
		return participant;
	}

	/** The office approves an application while the group has a free seat. */
	void approve(Event event, ParticipantGroup group, long seated) {
		ParticipantStatus from = require("approve", ParticipantStatus.APPLIED);
		event.requireTakingPeople();
		GroupQuota.admit(group, seated);
		this.status = ParticipantStatus.CONFIRMED;
		record(event, "event.participant-approved", from);
	}

	void reject(Event event) {
		ParticipantStatus from = require("reject", ParticipantStatus.APPLIED);
		this.status = ParticipantStatus.REJECTED;
		record(event, "event.participant-rejected", from);
	}

	/** The invitee accepts on their personal page. */
	void accept(Event event) {
		ParticipantStatus from = require("accept", ParticipantStatus.INVITED);
		event.requireTakingPeople();
		this.status = ParticipantStatus.CONFIRMED;
		record(event, "event.participant-accepted", from);
	}

	/** The invitee cannot come, freeing the seat; not once checked in. */
	void decline(Event event) {
		if (!this.status.holdsSeat() || this.checkedInAt != null) {
			throw notNow("decline");
		}
		ParticipantStatus from = this.status;
		this.status = ParticipantStatus.DECLINED;
		record(event, "event.participant-declined", from);
	}

	/**
	 * Checks in on the day, once; someone without a seat (an application not approved, a declined invitation) is
	 * refused. Returns whether this was the check-in, {@code false} when it had been done before.
	 */
	boolean checkIn(Event event, Instant now) {
		event.requireUnderWay("check-in");
		if (!this.status.holdsSeat()) {
			throw new EventRefused("event.check-in.no-seat", this.status.messageKey());
		}
		if (this.checkedInAt != null) {
			return false;
		}
		this.checkedInAt = now;
		record(event, "event.participant-checked-in", null);
		return true;
	}

	private ParticipantStatus require(String verb, ParticipantStatus allowed) {
		if (this.status != allowed) {
			throw notNow(verb);
		}
		return this.status;
	}

	private EventRefused notNow(String verb) {
		return new EventRefused("event.participant.not-now", "event.verb." + verb, this.status.messageKey());
	}

	private void record(Event event, String action, ParticipantStatus from) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("event", this.eventId);
		after.put("group", this.groupId);
		after.put("status", this.status);
		if (this.checkedInAt != null) {
			after.put("checkedInAt", this.checkedInAt.toString());
		}
		this.events.add(new EventEvents.Changed(action, EventEvents.PARTICIPANT, this.id == null ? 0 : this.id,
				event.getCampaignId(), from == null ? null : Map.of("status", from), after));
	}

	List<EventEvents.Changed> events(long savedId) {
		return this.events.stream().map(event -> event.withId(savedId)).toList();
	}

	public String maskedPhone() {
		return PersonalData.maskPhone(this.phone);
	}

	public String maskedIdNumber() {
		return PersonalData.maskIdNumber(this.idNumber);
	}

	public boolean isCheckedIn() {
		return this.checkedInAt != null;
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

	public long getGroupId() {
		return this.groupId;
	}

	public String getName() {
		return this.name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	String phone() {
		return this.phone;
	}

	String idNumber() {
		return this.idNumber;
	}

	public Source getSource() {
		return this.source;
	}

	public ParticipantStatus getStatus() {
		return this.status;
	}

	public String getToken() {
		return this.token;
	}

	public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
