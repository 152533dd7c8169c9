package cn.laurel.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import cn.laurel.system.PersonalData;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections and their evidence; the objector's name and phone are encrypted before they reach the database. */
@Repository
public class Objections {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	Objections(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	/** The next case number of the year, e.g. GS-2026-0007, counted across all campaigns. */
	String nextCaseNumber(int year) {
		int number = this.jdbc.sql("""
				insert into objection_counter (year, last) values (?, 1)
				on conflict (year) do update set last = objection_counter.last + 1 returning last""")
			.param(year)
			.query(Integer.class)
			.single();
		return "GS-%d-%04d".formatted(year, number);
	}

	long save(Objection objection) {
		if (objection.getId() == null) {
			return this.jdbc.sql("""
					insert into objection (campaign_id, case_number, nomination_id, objector_name, objector_phone,
					  content, status, received_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(objection.getCampaignId(), objection.getCaseNumber(), objection.getNominationId(),
						this.personalData.encrypt(objection.getObjectorName()),
						this.personalData.encrypt(objection.getObjectorPhone()), objection.getContent(),
						objection.getStatus().name(), Timestamp.from(objection.getReceivedAt()))
				.query(Long.class)
				.single();
		}
		int updated = this.jdbc.sql("""
				update objection set version = version + 1, status = ?, decline_reason = ?, assignee = ?,
				  assignee_name = ?, deadline = ?, reply = ?, concluded_at = ?
				where id = ? and version = ?""")
			.params(objection.getStatus().name(), objection.getDeclineReason(),
					objection.getInvestigator() == null ? null : objection.getInvestigator().name(),
					objection.getInvestigatorName(), objection.getDeadline(), objection.getReply(),
					objection.getConcludedAt() == null ? null : Timestamp.from(objection.getConcludedAt()),
					objection.getId(), objection.getVersion())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Objection " + objection.getId() + " changed meanwhile");
		}
		return objection.getId();
	}

	Optional<Objection> find(long campaignId, long id) {
		return this.jdbc.sql("select * from objection where id = ? and campaign_id = ?")
			.params(id, campaignId)
			.query(this::map)
			.optional();
	}

	List<Objection> ofCampaign(long campaignId) {
		return this.jdbc.sql("select * from objection where campaign_id = ? order by id")
			.param(campaignId)
			.query(this::map)
			.list();
	}

	void addEvidence(long objectionId, String fileName, String contentType, byte[] bytes) {
		this.jdbc.sql("""
				insert into objection_evidence (objection_id, file_name, content_type, size_bytes, content)
				values (?, ?, ?, ?, ?)""")
			.params(objectionId, fileName, contentType, bytes.length, bytes)
			.update();
	}

	/** An evidence file without its bytes. */
	public record Evidence(long id, String fileName, String contentType, int sizeBytes) {
	}

	List<Evidence> evidenceOf(long objectionId) {
		return this.jdbc.sql("""
				select id, file_name, content_type, size_bytes from objection_evidence where objection_id = ?
				order by id""")
			.param(objectionId)
			.query((rs, row) -> new Evidence(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes")))
			.list();
	}

	Optional<byte[]> evidenceContent(long objectionId, long evidenceId) {
		return this.jdbc.sql("select content from objection_evidence where id = ? and objection_id = ?")
			.params(evidenceId, objectionId)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	private Objection map(ResultSet rs, int row) throws SQLException {
		Timestamp concluded = rs.getTimestamp("concluded_at");
		java.sql.Date deadline = rs.getDate("deadline");
		String investigator = rs.getString("assignee");
		return new Objection(rs.getLong("id"), rs.getLong("version"), rs.getLong("campaign_id"),
				rs.getString("case_number"), rs.getLong("nomination_id"),
				this.personalData.decrypt(rs.getString("objector_name")),
				this.personalData.decrypt(rs.getString("objector_phone")), rs.getString("content"),
				rs.getTimestamp("received_at").toInstant(), ObjectionStatus.valueOf(rs.getString("status")),
				rs.getString("decline_reason"), investigator == null ? null : Investigator.valueOf(investigator),
				rs.getString("assignee_name"), deadline == null ? null : deadline.toLocalDate(),
				rs.getString("reply"), concluded == null ? null : concluded.toInstant());
	}

}
