package cn.laurel.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import cn.laurel.award.CertificateField.Placement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificate templates, the layout kept as JSON. */
@Repository
class CertificateTemplates {

	private static final TypeReference<Map<CertificateField, Placement>> LAYOUT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CertificateTemplates(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	CertificateTemplate of(long campaignId) {
		return this.jdbc.sql("select * from award_certificate_template where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new CertificateTemplate(campaignId, rs.getString("honour_title"),
					rs.getString("number_prefix"), this.json.readValue(rs.getString("layout"), LAYOUT),
					rs.getBytes("background")))
			.optional()
			.orElseGet(() -> CertificateTemplate.defaults(campaignId));
	}

	void save(CertificateTemplate template, String by, Instant now) {
		this.jdbc.sql("""
				insert into award_certificate_template (campaign_id, honour_title, number_prefix, layout, background,
				  updated_by, updated_at) values (:campaign, :title, :prefix, :layout::jsonb, :background, :by, :at)
				on conflict (campaign_id) do update set honour_title = excluded.honour_title,
				  number_prefix = excluded.number_prefix, layout = excluded.layout, background = excluded.background,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("campaign", template.campaignId())
			.param("title", template.honourTitle())
			.param("prefix", template.numberPrefix())
			.param("layout", this.json.writeValueAsString(template.layout()))
			.param("background", template.background())
			.param("by", by)
			.param("at", Timestamp.from(now))
			.update();
	}

}
