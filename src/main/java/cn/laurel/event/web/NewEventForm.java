package cn.laurel.event.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.laurel.event.Event;
import cn.laurel.event.EventKind;
import cn.laurel.event.EventPlanning;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the blank "new event" page posts, kept as typed when it is refused. Groups and agenda follow on the plan page.
 */
class NewEventForm {

	private EventKind kind = EventKind.OPEN_DAY;

	private String title;

	private String theme;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime startsAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime endsAt;

	private String places;

	private String objectives;

	private Long campaignId;

	private Long organiserUnitId;

	EventPlanning.Plan plan() {
		return new EventPlanning.Plan(new Event.Details(this.kind, this.title, this.theme, this.heldOn, this.startsAt,
				this.endsAt, this.places, this.objectives, List.of(), null), List.of(), List.of());
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlaces() {
		return this.places;
	}

	public void setPlaces(String places) {
		this.places = places;
	}

	public String getObjectives() {
		return this.objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public void setCampaignId(Long campaignId) {
		this.campaignId = campaignId;
	}

	public Long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public void setOrganiserUnitId(Long organiserUnitId) {
		this.organiserUnitId = organiserUnitId;
	}

}
