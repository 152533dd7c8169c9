package cn.laurel.event;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.documents.OfficialDocument;

/**
 * An event as a seed plan describes it ({@code classpath:event/templates/*.json}), next to the campaign templates:
 * seed 004's 政务开放日 as written (theme, groups with their numbers, agenda), and the 发布仪式 that ends seeds 000, 001
 * and 002. The day is the organiser's to pick; a title naming {@value #YEAR} names its year, one naming
 * {@value #CAMPAIGN} the campaign a ceremony belongs to.
 *
 * @param campaignTemplate for a ceremony, the key of the campaign template whose plan holds it
 * @param notes what the organiser must still settle
 */
public record EventTemplate(String key, String name, String source, String campaignTemplate, String notes,
		Event.Details details, List<ParticipantGroup> groups, List<AgendaItem> agenda) {

	static final String YEAR = "{year}";

	static final String CAMPAIGN = "{campaign}";

	public EventTemplate {
		groups = groups == null ? List.of() : List.copyOf(groups);
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
	}

	public boolean isCeremony() {
		return this.details.kind() == EventKind.CEREMONY;
	}

	/** The plan of an event held on {@code heldOn}, of the campaign titled {@code campaignTitle} if any. */
	EventPlanning.Plan planFor(LocalDate heldOn, String campaignTitle) {
		Event.Details d = this.details;
		String title = d.title()
			.replace(YEAR, String.valueOf(heldOn.getYear()))
			.replace(CAMPAIGN, OfficialDocument.honourName(campaignTitle));
		return new EventPlanning.Plan(new Event.Details(d.kind(), title, d.theme(), heldOn, d.startsAt(), d.endsAt(),
				d.places(), d.objectives(), d.topics(), d.liveStreamUrl()), this.groups, this.agenda);
	}

}
