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

/** 征求意见表 entries; a phone left on one is encrypted before it reaches the database. */
@Repository
class Opinions {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	Opinions(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	long save(Opinion o) {
		if (o.getId() == null) {
			Opinion.Form f = o.form();
			return this.jdbc.sql("""
					insert into event_opinion (event_id, topic, content, author_name, organisation, phone, channel,
					  status, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(o.getEventId(), f.topic(), f.content(), f.authorName(), f.organisation(),
						f.phone() == null ? null : this.personalData.encrypt(f.phone()), o.getChannel().name(),
						o.getStatus().name(), Timestamp.from(o.getReceivedAt()))
				.query(Long.class)
				.single();
		}
		int updated = this.jdbc.sql("""
				update event_opinion set version = version + 1, status = ?, owner = ?, reply = ?, replied_at = ?
				where id = ? and version = ?""")
			.params(o.getStatus().name(), o.getOwner(), o.getReply(),
					o.getRepliedAt() == null ? null : Timestamp.from(o.getRepliedAt()), o.getId(), o.getVersion())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Opinion " + o.getId() + " changed meanwhile");
		}
		return o.getId();
	}

	Optional<Opinion> find(long eventId, long id) {
		return this.jdbc.sql("select * from event_opinion where id = ? and event_id = ?")
			.params(id, eventId)
			.query(this::map)
			.optional();
	}

	List<Opinion> ofEvent(long eventId) {
		return this.jdbc.sql("select * from event_opinion where event_id = ? order by id")
			.param(eventId)
			.query(this::map)
			.list();
	}

	private Opinion map(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("phone");
		Timestamp replied = rs.getTimestamp("replied_at");
		return new Opinion(rs.getLong("id"), rs.getLong("version"), rs.getLong("event_id"),
				new Opinion.Form(rs.getString("topic"), rs.getString("content"), rs.getString("author_name"),
						rs.getString("organisation"), phone == null ? null : this.personalData.decrypt(phone)),
				OpinionChannel.valueOf(rs.getString("channel")), OpinionStatus.valueOf(rs.getString("status")),
				rs.getString("owner"), rs.getString("reply"), rs.getTimestamp("received_at").toInstant(),
				replied == null ? null : replied.toInstant());
	}

}
