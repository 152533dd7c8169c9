package cn.laurel.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An objection (异议) to a publicised candidate: who filed it (real name and phone, kept encrypted), what it
 * says, and how the office handled it. One guarded verb per transition, each recording an event for the audit
 * trail.
 */
public class Objection {

	private final Long id;

	private final long version;

	private final long campaignId;

	private final String caseNumber;

	private final long nominationId;

	private final String objectorName;

	private final String objectorPhone;

	private final String content;

	private final Instant receivedAt;

	private ObjectionStatus status;

	private String declineReason;

	private Investigator investigator;

	private String investigatorName;

	private LocalDate deadline;

	private String reply;

	private Instant concludedAt;

	private final transient List<PublicityEvents.ObjectionChanged> events = new ArrayList<>();

	Objection(Long id, long version, long campaignId, String caseNumber, long nominationId, String objectorName,
			String objectorPhone, String content, Instant receivedAt, ObjectionStatus status, String declineReason,
			Investigator investigator, String investigatorName, LocalDate deadline, String reply,
			Instant concludedAt) {
		this.id = id;
		this.version = version;
		this.campaignId = campaignId;
		this.caseNumber = caseNumber;
		this.nominationId = nominationId;
		this.objectorName = objectorName;
		this.objectorPhone = objectorPhone;
		this.content = content;
		this.receivedAt = receivedAt;
		this.status = status;
		this.declineReason = declineReason;
		this.investigator = investigator;
		this.investigatorName = investigatorName;
		this.deadline = deadline;
		this.reply = reply;
		this.concludedAt = concludedAt;
	}

	/** A newly filed objection; anonymous ones are refused, as is usual practice. */
	static Objection file(long campaignId, String caseNumber, long nominationId, String name, String phone,
			String content, Instant now) {
		if (blank(name) || blank(phone)) {
			throw new PublicityRefused("publicity.objection.anonymous");
		}
		if (!phone.strip().matches("[0-9+\\- ]{7,20}")) {
			throw new PublicityRefused("publicity.objection.bad-phone");
		}
		if (blank(content)) {
			throw new PublicityRefused("publicity.objection.no-content");
		}
		Objection objection = new Objection(null, 0, campaignId, caseNumber, nominationId, name.strip(),
				phone.strip(), content.strip(), now, ObjectionStatus.RECEIVED, null, null, null, null, null, null);
		objection.record("objection.filed", null, null);
		return objection;
	}

	void accept() {
		ObjectionStatus from = require("accept", ObjectionStatus.RECEIVED);
		this.status = ObjectionStatus.ACCEPTED;
		record("objection.accepted", from, null);
	}

	void decline(String reason) {
		ObjectionStatus from = require("decline", ObjectionStatus.RECEIVED);
		requireText(reason, "publicity.objection.reason-required");
		this.status = ObjectionStatus.DECLINED;
		this.declineReason = reason.strip();
		record("objection.declined", from, this.declineReason);
	}

	void assign(Investigator investigator, String name, LocalDate deadline) {
		ObjectionStatus from = require("assign", ObjectionStatus.ACCEPTED);
		if (investigator == null) {
			throw new PublicityRefused("publicity.objection.investigator-required");
		}
		this.status = ObjectionStatus.INVESTIGATING;
		this.investigator = investigator;
		this.investigatorName = blank(name) ? null : name.strip();
		this.deadline = deadline;
		record("objection.assigned", from, null);
	}

	/** Gives the investigation more time; the reason is required and the new deadline must be later. */
	void extend(LocalDate later, String reason) {
		ObjectionStatus from = require("extend", ObjectionStatus.INVESTIGATING);
		requireText(reason, "publicity.objection.reason-required");
		if (!later.isAfter(this.deadline)) {
			throw new PublicityRefused("publicity.objection.extension-not-later", this.deadline);
		}
		this.deadline = later;
		record("objection.extended", from, reason.strip());
	}

	/** Records the finding (成立 or 不成立) with the written reply to the objector. */
	void conclude(boolean upheld, String reply, Instant now) {
		ObjectionStatus from = require("conclude", ObjectionStatus.INVESTIGATING);
		requireText(reply, "publicity.objection.reply-required");
		this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
		this.reply = reply.strip();
		this.concludedAt = now;
		record(upheld ? "objection.upheld" : "objection.dismissed", from, this.reply);
	}

	private ObjectionStatus require(String verb, ObjectionStatus allowed) {
		if (this.status != allowed) {
			throw new PublicityRefused("publicity.objection.not-now", "publicity.objection.verb." + verb,
					this.status.messageKey());
		}
		return this.status;
	}

	private static void requireText(String text, String key) {
		if (blank(text)) {
			throw new PublicityRefused(key);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private void record(String action, ObjectionStatus from, String reason) {
		this.events.add(new PublicityEvents.ObjectionChanged(action, this.id == null ? 0 : this.id, this.campaignId,
				from == null ? null : Map.of("status", from), state(), reason));
	}

	/** What the audit trail keeps: never the objector's name or phone. */
	private Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("caseNumber", this.caseNumber);
		state.put("nominationId", this.nominationId);
		state.put("status", this.status);
		if (this.investigator != null) {
			state.put("investigator", this.investigator);
			state.put("deadline", this.deadline.toString());
		}
		return state;
	}

	List<PublicityEvents.ObjectionChanged> events(long savedId) {
		return this.events.stream().map(event -> event.withId(savedId)).toList();
	}

	/** The objector's name as organisers' screens show it: the surname, the rest masked. */
	public String maskedName() {
		int first = this.objectorName.codePointAt(0);
		return Character.toString(first) + "*".repeat(Math.max(1, this.objectorName.codePointCount(0,
				this.objectorName.length()) - 1));
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCampaignId() {
		return this.campaignId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public long getNominationId() {
		return this.nominationId;
	}

	public String getObjectorName() {
		return this.objectorName;
	}

	public String getObjectorPhone() {
		return this.objectorPhone;
	}

	public String getContent() {
		return this.content;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public ObjectionStatus getStatus() {
		return this.status;
	}

	public String getDeclineReason() {
		return this.declineReason;
	}

	public Investigator getInvestigator() {
		return this.investigator;
	}

	public String getInvestigatorName() {
		return this.investigatorName;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getReply() {
		return this.reply;
	}

	public Instant getConcludedAt() {
		return this.concludedAt;
	}

}
