package cn.laurel.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import cn.laurel.system.PersonalData;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants; phone and 身份证号 are encrypted before they reach the database, the phone also kept as a keyed hash
 * so the check-in page finds a person by the phone they type.
 */
@Repository
class Participants {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	Participants(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	long save(Participant p) {
		if (p.getId() == null) {
			return this.jdbc.sql("""
					insert into event_participant (event_id, group_id, name, organisation, phone, phone_hash,
					  id_number, source, status, token, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(p.getEventId(), p.getGroupId(), p.getName(), p.getOrganisation(),
						this.personalData.encrypt(p.phone()), phoneHash(p.phone()),
						p.idNumber() == null ? null : this.personalData.encrypt(p.idNumber()), p.getSource().name(),
						p.getStatus().name(), p.getToken(), Timestamp.from(p.getCreatedAt()))
				.query(Long.class)
				.single();
		}
		int updated = this.jdbc.sql("""
				update event_participant set version = version + 1, status = ?, checked_in_at = ?
				where id = ? and version = ?""")
			.params(p.getStatus().name(), p.getCheckedInAt() == null ? null : Timestamp.from(p.getCheckedInAt()),
					p.getId(), p.getVersion())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Participant " + p.getId() + " changed meanwhile");
		}
		return p.getId();
	}

	/** The keyed hash a phone is matched by: digits only, so 138-0013-8000 finds 13800138000. */
	String phoneHash(String phone) {
		return this.personalData.keyedHash(phone.replaceAll("\\D", ""));
	}

	Optional<Participant> find(long eventId, long id) {
		return this.jdbc.sql("select * from event_participant where id = ? and event_id = ?")
			.params(id, eventId)
			.query(this::map)
			.optional();
	}

	Optional<Participant> byToken(String token) {
		return this.jdbc.sql("select * from event_participant where token = ?").param(token).query(this::map).optional();
	}

	Optional<Participant> byPhone(long eventId, String phone) {
		return this.jdbc.sql("select * from event_participant where event_id = ? and phone_hash = ?")
			.params(eventId, phoneHash(phone))
			.query(this::map)
			.optional();
	}

	List<Participant> ofEvent(long eventId) {
		return this.jdbc.sql("select * from event_participant where event_id = ? order by group_id, id")
			.param(eventId)
			.query(this::map)
			.list();
	}

	/** The seats a group has given, read under a lock on the group so two approvals cannot take the last one. */
	long seated(long groupId) {
		this.jdbc.sql("select id from event_group where id = ? for update").param(groupId).query(Long.class).list();
		return this.jdbc.sql("""
				select count(*) from event_participant where group_id = ? and status in ('INVITED', 'CONFIRMED')""")
			.param(groupId)
			.query(Long.class)
			.single();
	}

	private Participant map(ResultSet rs, int row) throws SQLException {
		String idNumber = rs.getString("id_number");
		Timestamp checkedIn = rs.getTimestamp("checked_in_at");
		return new Participant(rs.getLong("id"), rs.getLong("version"), rs.getLong("event_id"), rs.getLong("group_id"),
				new Participant.Person(rs.getString("name"), rs.getString("organisation"),
						this.personalData.decrypt(rs.getString("phone")),
						idNumber == null ? null : this.personalData.decrypt(idNumber)),
				Participant.Source.valueOf(rs.getString("source")), ParticipantStatus.valueOf(rs.getString("status")),
				rs.getString("token"), checkedIn == null ? null : checkedIn.toInstant(),
				rs.getTimestamp("created_at").toInstant());
	}

}
