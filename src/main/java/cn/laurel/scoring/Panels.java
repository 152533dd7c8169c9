package cn.laurel.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Panels with their criteria and assignments (as JSON), and their members. */
@Repository
class Panels {

	private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {
	};

	private static final TypeReference<List<Panel.Assignment>> ASSIGNMENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Accounts accounts;

	Panels(JdbcClient jdbc, JsonMapper json, Accounts accounts) {
		this.jdbc = jdbc;
		this.json = json;
		this.accounts = accounts;
	}

	List<Panel> ofCampaign(long campaignId) {
		return this.jdbc.sql("select * from scoring_panel where campaign_id = ? order by id")
			.param(campaignId)
			.query(this::map)
			.list();
	}

	Optional<Panel> find(long id) {
		return this.jdbc.sql("select * from scoring_panel where id = ?").param(id).query(this::map).optional();
	}

	/** The panels the judge sits on, in every campaign. */
	List<Panel> ofJudge(long accountId) {
		return this.jdbc.sql("""
				select p.* from scoring_panel p join scoring_member m on m.panel_id = p.id
				where m.account_id = ? order by p.campaign_id desc, p.id""")
			.param(accountId)
			.query(this::map)
			.list();
	}

	Panel insert(long campaignId, Panel.Settings settings, Instant now) {
		long id = this.jdbc.sql("""
				insert into scoring_panel (campaign_id, name, component, mode, criteria, aggregation, normalised,
				  recusal_scope, created_at)
				values (:campaign, :name, :component, :mode, :criteria::jsonb, :aggregation, :normalised,
				  :recusalScope, :now) returning id""")
			.param("campaign", campaignId)
			.params(columns(settings))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	void update(Panel panel) {
		this.jdbc.sql("""
				update scoring_panel set name = :name, component = :component, mode = :mode,
				  criteria = :criteria::jsonb, aggregation = :aggregation, normalised = :normalised,
				  recusal_scope = :recusalScope, assignments = :assignments::jsonb
				where id = :id""")
			.params(columns(panel.settings()))
			.param("assignments", this.json.writeValueAsString(panel.assignments()))
			.param("id", panel.id())
			.update();
	}

	private Map<String, Object> columns(Panel.Settings settings) {
		return Map.of("name", settings.name().strip(), "component", settings.component(), "mode",
				settings.mode().name(), "criteria", this.json.writeValueAsString(settings.criteria()), "aggregation",
				settings.aggregation().name(), "normalised", settings.normalised(), "recusalScope",
				settings.recusalScope().name());
	}

	/** The panel's judges in the order they joined, numbered from 1. */
	List<Member> members(long panelId) {
		record Row(long accountId, Long unitId, Instant addedAt) {
		}
		List<Row> rows = this.jdbc
			.sql("select account_id, unit_id, added_at from scoring_member where panel_id = ?"
					+ " order by added_at, account_id")
			.param(panelId)
			.query((rs, i) -> new Row(rs.getLong("account_id"), (Long) rs.getObject("unit_id"),
					rs.getTimestamp("added_at").toInstant()))
			.list();
		Map<Long, Account> accounts = this.accounts.findAllById(rows.stream().map(Row::accountId).toList())
			.stream()
			.collect(Collectors.toMap(Account::getId, Function.identity()));
		List<Member> members = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Account account = accounts.get(row.accountId());
			members.add(new Member(panelId, row.accountId(), account.getUsername(), account.getDisplayName(),
					row.unitId(), row.addedAt(), members.size() + 1));
		}
		return members;
	}

	Optional<Member> member(long panelId, long accountId) {
		return members(panelId).stream().filter(member -> member.accountId() == accountId).findFirst();
	}

	/** Adds the judge unless already there; tells whether they were added. */
	boolean addMember(long panelId, long accountId, Long unitId, Instant now) {
		return this.jdbc.sql("""
				insert into scoring_member (panel_id, account_id, unit_id, added_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(panelId, accountId, unitId, Timestamp.from(now))
			.update() == 1;
	}

	boolean removeMember(long panelId, long accountId) {
		return this.jdbc.sql("delete from scoring_member where panel_id = ? and account_id = ?")
			.params(panelId, accountId)
			.update() == 1;
	}

	private Panel map(ResultSet rs, int row) throws SQLException {
		return new Panel(rs.getLong("id"), rs.getLong("campaign_id"),
				new Panel.Settings(rs.getString("name"), rs.getString("component"),
						PanelMode.valueOf(rs.getString("mode")),
						this.json.readValue(rs.getString("criteria"), CRITERIA),
						Aggregation.valueOf(rs.getString("aggregation")), rs.getBoolean("normalised"),
						RecusalScope.valueOf(rs.getString("recusal_scope"))),
				this.json.readValue(rs.getString("assignments"), ASSIGNMENTS));
	}

}
