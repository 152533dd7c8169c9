package cn.laurel.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of category forms, stored as JSON documents of {@link FormDefinition}. */
@Repository
public class FormVersions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FormVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The form a new nomination in the category is filled on. */
	public Optional<FormVersion> current(long categoryId) {
		return this.jdbc.sql("select * from category_form where category_id = ? order by version desc limit 1")
			.param(categoryId)
			.query(this::map)
			.optional();
	}

	/** A specific version, e.g. the one an existing nomination was created on. */
	public Optional<FormVersion> find(long categoryId, int version) {
		return this.jdbc.sql("select * from category_form where category_id = ? and version = ?")
			.params(categoryId, version)
			.query(this::map)
			.optional();
	}

	public List<FormVersion> history(long categoryId) {
		return this.jdbc.sql("select * from category_form where category_id = ? order by version desc")
			.param(categoryId)
			.query(this::map)
			.list();
	}

	FormVersion append(long categoryId, FormDefinition definition, String createdBy) {
		int next = this.jdbc.sql("select coalesce(max(version), 0) + 1 from category_form where category_id = ?")
			.param(categoryId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into category_form (category_id, version, template_key, definition, created_by)
				values (?, ?, ?, ?::jsonb, ?)""")
			.params(categoryId, next, definition.templateKey(), this.json.writeValueAsString(definition), createdBy)
			.update();
		return find(categoryId, next).orElseThrow();
	}

	private FormVersion map(ResultSet rs, int row) throws SQLException {
		return new FormVersion(rs.getLong("id"), rs.getLong("category_id"), rs.getInt("version"),
				this.json.readValue(rs.getString("definition"), FormDefinition.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
