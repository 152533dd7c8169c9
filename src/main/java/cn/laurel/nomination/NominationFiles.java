package cn.laurel.nomination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to nominations; bytes are read only when a file is downloaded. */
@Repository
class NominationFiles {

	private final JdbcClient jdbc;

	NominationFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long store(long nominationId, FilePurpose purpose, String fileName, UploadCheck.Accepted accepted, byte[] bytes,
			String uploadedBy, Instant now) {
		return this.jdbc.sql("""
				insert into nomination_file (nomination_id, purpose, file_name, content_type, size_bytes, content,
				  thumbnail, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(nominationId, purpose.name(), fileName, accepted.contentType(), bytes.length, bytes,
					accepted.thumbnail(), uploadedBy, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	List<StoredFile> of(long nominationId) {
		return this.jdbc.sql("""
				select id, nomination_id, purpose, file_name, content_type, size_bytes, thumbnail is not null as thumb,
				  uploaded_by, uploaded_at from nomination_file where nomination_id = ? order by id""")
			.param(nominationId)
			.query((rs, row) -> new StoredFile(rs.getLong("id"), rs.getLong("nomination_id"),
					FilePurpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getBoolean("thumb"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	Optional<StoredFile.Content> content(long nominationId, long fileId, boolean thumbnail) {
		return this.jdbc.sql("select file_name, content_type, content, thumbnail from nomination_file"
				+ " where id = ? and nomination_id = ?")
			.params(fileId, nominationId)
			.query((rs, row) -> thumbnail
					? new StoredFile.Content(rs.getString("file_name"), "image/jpeg", rs.getBytes("thumbnail"))
					: new StoredFile.Content(rs.getString("file_name"), rs.getString("content_type"),
							rs.getBytes("content")))
			.optional()
			.filter(content -> content.bytes() != null);
	}

	boolean delete(long nominationId, long fileId) {
		return this.jdbc.sql("delete from nomination_file where id = ? and nomination_id = ?")
			.params(fileId, nominationId)
			.update() == 1;
	}

}
