package cn.laurel.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events with their participant groups, agenda and run of show, with explicit SQL. */
@Repository
class Events {

	private static final String TOPIC_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	Events(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long save(Event event) {
		Event.Details d = event.getDetails();
		if (event.getId() == null) {
			return this.jdbc.sql("""
					insert into event (organiser_unit_id, campaign_id, kind, title, theme, held_on, starts_at, ends_at,
					  places, objectives, topics, live_stream_url, status, public_key, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(event.getOrganiserUnitId(), event.getCampaignId(), d.kind().name(), d.title(), d.theme(),
						d.heldOn(), time(d.startsAt()), time(d.endsAt()), d.places(), d.objectives(),
						String.join(TOPIC_SEPARATOR, d.topics()), d.liveStreamUrl(), event.getStatus().name(),
						event.getPublicKey(), Timestamp.from(event.getCreatedAt()))
				.query(Long.class)
				.single();
		}
		int updated = this.jdbc.sql("""
				update event set version = version + 1, title = ?, theme = ?, held_on = ?, starts_at = ?, ends_at = ?,
				  places = ?, objectives = ?, topics = ?, live_stream_url = ?, status = ?
				where id = ? and version = ?""")
			.params(d.title(), d.theme(), d.heldOn(), time(d.startsAt()), time(d.endsAt()), d.places(),
					d.objectives(), String.join(TOPIC_SEPARATOR, d.topics()), d.liveStreamUrl(),
					event.getStatus().name(), event.getId(), event.getVersion())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Event " + event.getId() + " changed meanwhile");
		}
		return event.getId();
	}

	Optional<Event> find(long id) {
		return this.jdbc.sql("select * from event where id = ?").param(id).query(Events::map).optional();
	}

	Optional<Event> byPublicKey(String publicKey) {
		return this.jdbc.sql("select * from event where public_key = ?").param(publicKey).query(Events::map).optional();
	}

	/** The events of an office, the latest day first; every office's for {@code null}. */
	List<Event> ofOrganiser(Long organiserUnitId) {
		return this.jdbc.sql("""
				select * from event where ? is null or organiser_unit_id = ? order by held_on desc, id desc""")
			.params(organiserUnitId, organiserUnitId)
			.query(Events::map)
			.list();
	}

	List<Event> ofCampaign(long campaignId) {
		return this.jdbc.sql("select * from event where campaign_id = ? order by held_on, id")
			.param(campaignId)
			.query(Events::map)
			.list();
	}

	List<ParticipantGroup> groups(long eventId) {
		return this.jdbc.sql("select * from event_group where event_id = ? order by sort_order, id")
			.param(eventId)
			.query((rs, row) -> new ParticipantGroup(rs.getLong("id"), rs.getString("name"), rs.getInt("quota"),
					rs.getBoolean("open_sign_up"), rs.getString("note")))
			.list();
	}

	/** Sets the groups in order: those with an id are updated, new ones added, the rest (holding nobody) removed. */
	void replaceGroups(long eventId, List<ParticipantGroup> groups) {
		Set<Long> kept = new HashSet<>();
		// names are unique per event, so move the kept ones out of the way before renaming any
		this.jdbc.sql("update event_group set name = '#' || id where event_id = ?").param(eventId).update();
		for (int i = 0; i < groups.size(); i++) {
			ParticipantGroup g = groups.get(i);
			if (g.id() != null && this.jdbc.sql("""
					update event_group set name = ?, quota = ?, sort_order = ?, open_sign_up = ?, note = ?
					where id = ? and event_id = ?""")
				.params(g.name(), g.quota(), i, g.openSignUp(), g.note(), g.id(), eventId)
				.update() == 1) {
				kept.add(g.id());
				continue;
			}
			kept.add(this.jdbc.sql("""
					insert into event_group (event_id, name, quota, sort_order, open_sign_up, note)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(eventId, g.name(), g.quota(), i, g.openSignUp(), g.note())
				.query(Long.class)
				.single());
		}
		this.jdbc.sql("delete from event_group where event_id = ? and not (id = any (?))")
			.params(eventId, kept.toArray(Long[]::new))
			.update();
	}

	List<AgendaItem> agenda(long eventId) {
		return this.jdbc.sql("select * from event_agenda_item where event_id = ? order by sort_order")
			.param(eventId)
			.query((rs, row) -> new AgendaItem(rs.getString("part"), rs.getString("title"),
					localTime(rs, "starts_at"), localTime(rs, "ends_at"), rs.getString("place"),
					rs.getString("presenter"), rs.getString("details")))
			.list();
	}

	void replaceAgenda(long eventId, List<AgendaItem> items) {
		this.jdbc.sql("delete from event_agenda_item where event_id = ?").param(eventId).update();
		for (int i = 0; i < items.size(); i++) {
			AgendaItem a = items.get(i);
			this.jdbc.sql("""
					insert into event_agenda_item (event_id, sort_order, part, title, starts_at, ends_at, place,
					  presenter, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(eventId, i, a.part(), a.title(), time(a.startsAt()), time(a.endsAt()), a.place(),
						a.presenter(), a.details())
				.update();
		}
	}

	List<ShowItem> runOfShow(long eventId) {
		return this.jdbc.sql("select * from event_show_item where event_id = ? order by sort_order")
			.param(eventId)
			.query((rs, row) -> new ShowItem(rs.getLong("id"), rs.getString("category_name"),
					rs.getLong("nomination_id"), rs.getString("display_name"), rs.getString("unit_name"),
					rs.getString("deed_summary"), rs.getString("presenter")))
			.list();
	}

	void replaceRunOfShow(long eventId, List<ShowItem> items) {
		this.jdbc.sql("delete from event_show_item where event_id = ?").param(eventId).update();
		for (int i = 0; i < items.size(); i++) {
			ShowItem s = items.get(i);
			this.jdbc.sql("""
					insert into event_show_item (event_id, sort_order, category_name, nomination_id, display_name,
					  unit_name, deed_summary, presenter) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(eventId, i, s.categoryName(), s.nominationId(), s.displayName(), s.unitName(),
						s.deedSummary(), s.presenter())
				.update();
		}
	}

	void offerCeremony(long campaignId, String templateKey) {
		this.jdbc.sql("insert into event_ceremony_offer (campaign_id, template_key) values (?, ?) on conflict do nothing")
			.params(campaignId, templateKey)
			.update();
	}

	/** The ceremony templates offered per campaign, for campaigns without a ceremony yet. */
	Map<Long, String> openCeremonyOffers() {
		Map<Long, String> offers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.campaign_id, o.template_key from event_ceremony_offer o
				where not exists (select 1 from event e where e.campaign_id = o.campaign_id and e.kind = 'CEREMONY')
				order by o.campaign_id desc""")
			.query((RowCallbackHandler) rs -> offers.put(rs.getLong(1), rs.getString(2)));
		return offers;
	}

	private static Event map(ResultSet rs, int row) throws SQLException {
		String topics = rs.getString("topics");
		Event.Details details = new Event.Details(EventKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("theme"), rs.getDate("held_on").toLocalDate(), localTime(rs, "starts_at"),
				localTime(rs, "ends_at"), rs.getString("places"), rs.getString("objectives"),
				topics.isEmpty() ? List.of() : Arrays.asList(topics.split(TOPIC_SEPARATOR)),
				rs.getString("live_stream_url"));
		return new Event(rs.getLong("id"), rs.getLong("version"), rs.getLong("organiser_unit_id"),
				rs.getObject("campaign_id", Long.class), details, EventStatus.valueOf(rs.getString("status")),
				rs.getString("public_key"), rs.getTimestamp("created_at").toInstant());
	}

	private static LocalTime localTime(ResultSet rs, String column) throws SQLException {
		Time time = rs.getTime(column);
		return time == null ? null : time.toLocalTime();
	}

	private static Time time(LocalTime time) {
		return time == null ? null : Time.valueOf(time);
	}

}
