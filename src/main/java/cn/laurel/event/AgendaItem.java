package cn.laurel.event;

import java.time.LocalTime;

/**
 * One item of the agenda, in order: when, where, who presents, and what (seed 004: 实地观摩 at XX坝秸秆收储中心 by the
 * 党委书记). {@code part} names the session it belongs to when several items make one (seed 004's 召开座谈会: 情况汇报,
 * 政策宣讲, 答疑解惑, 意见征集).
 */
public record AgendaItem(String part, String title, LocalTime startsAt, LocalTime endsAt, String place,
		String presenter, String details) {

	public AgendaItem {
		part = blankToNull(part);
		title = blankToNull(title);
		place = blankToNull(place);
		presenter = blankToNull(presenter);
		details = blankToNull(details);
	}

	void check() {
		if (this.title == null) {
			throw EventRefused.at("agenda", "event.agenda.title-required");
		}
		if (this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt)) {
			throw EventRefused.at("agenda", "event.agenda.times-reversed", this.title);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
