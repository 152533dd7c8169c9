package cn.laurel.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices and the addresses they are e-mailed to, with explicit SQL. */
@Repository
public class Notifications {

	private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Notifications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Adds a notice unless the account already had one on {@code topic} that day (the database
	 * decides, so two nodes running the reminder at once still send one); without a topic and day it is
	 * always added. Returns whether it was added.
	 */
	boolean add(long accountId, String topic, LocalDate day, String messageKey, List<String> args, String link,
			Instant now) {
		return this.jdbc.sql("""
				insert into notification (account_id, topic, sent_on, message_key, args, link, created_at)
				values (?, ?, ?, ?, ?::jsonb, ?, ?) on conflict (account_id, topic, sent_on) do nothing""")
			.params(accountId, topic, day == null ? null : Date.valueOf(day), messageKey,
					this.json.writeValueAsString(args), link, Timestamp.from(now))
			.update() == 1;
	}

	public List<Notification> latest(long accountId, int most) {
		return this.jdbc.sql("""
				select id, message_key, args, link, created_at, read_at from notification
				where account_id = ? order by created_at desc, id desc limit ?""")
			.params(accountId, most)
			.query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("message_key"),
					this.json.readValue(rs.getString("args"), ARGS), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	public long unread(long accountId) {
		return this.jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	/** Marks one of the account's notices read; false when it has no such notice. */
	public boolean markRead(long accountId, long id, Instant now) {
		return this.jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ?")
			.params(Timestamp.from(now), id, accountId)
			.update() == 1;
	}

	public void markAllRead(long accountId, Instant now) {
		this.jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
			.params(Timestamp.from(now), accountId)
			.update();
	}

	public Optional<String> address(long accountId) {
		return this.jdbc.sql("select email from notification_address where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** Sets the address reminders are e-mailed to; a blank one stops the e-mails. */
	public void setAddress(long accountId, String email) {
		if (email == null || email.isBlank()) {
			this.jdbc.sql("delete from notification_address where account_id = ?").param(accountId).update();
			return;
		}
		this.jdbc.sql("""
				insert into notification_address (account_id, email) values (?, ?)
				on conflict (account_id) do update set email = excluded.email""")
			.params(accountId, email.strip())
			.update();
	}

}
