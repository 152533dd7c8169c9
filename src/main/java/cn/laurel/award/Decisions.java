package cn.laurel.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.LaurelUser;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/** Decisions and their honourees, with explicit SQL. */
@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Decision decision, String recordedBy, Instant now) {
		this.jdbc.sql("""
				insert into award_decision (campaign_id, wording, deciding_body, method, ballot_members, ballot_present,
				  ballot_for, ballot_against, ballot_abstentions, decided_on, document_number, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.campaignId(), decision.wording().name(), decision.decidingBody(), decision.method().name(),
					ballot(decision, Ballot::members), ballot(decision, Ballot::present), ballot(decision, Ballot::votesFor),
					ballot(decision, Ballot::votesAgainst), ballot(decision, Ballot::abstentions), decision.decidedOn(),
					decision.documentNumber(), recordedBy, Timestamp.from(now))
			.update();
		for (ShortlistEntry e : decision.honourees()) {
			this.jdbc.sql("""
					insert into award_honouree (campaign_id, nomination_id, category_id, category_name, category_order,
					  rank, display_name, unit_name, deed_summary, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(decision.campaignId(), e.nominationId(), e.categoryId(), e.categoryName(), e.categoryOrder(),
						e.rank(), e.displayName(), e.unitName(), e.deedSummary(), e.kind().name())
				.update();
		}
	}

	Optional<Decision> find(long campaignId) {
		List<ShortlistEntry> honourees = this.jdbc.sql("""
				select * from award_honouree where campaign_id = ?
				order by category_order, category_id, rank, nomination_id""")
			.param(campaignId)
			.query((rs, row) -> new ShortlistEntry(rs.getLong("nomination_id"), rs.getLong("category_id"),
					rs.getString("category_name"), rs.getInt("category_order"), rs.getInt("rank"),
					rs.getString("display_name"), rs.getString("unit_name"), rs.getString("deed_summary"), null,
					NomineeKind.valueOf(rs.getString("kind"))))
			.list();
		return this.jdbc.sql("select * from award_decision where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> {
				DecisionMethod method = DecisionMethod.valueOf(rs.getString("method"));
				Ballot ballot = method == DecisionMethod.BALLOT ? new Ballot(rs.getInt("ballot_members"),
						rs.getInt("ballot_present"), rs.getInt("ballot_for"), rs.getInt("ballot_against"),
						rs.getInt("ballot_abstentions")) : null;
				return new Decision(campaignId, DecisionWording.valueOf(rs.getString("wording")),
						rs.getString("deciding_body"), method, ballot, rs.getDate("decided_on").toLocalDate(),
						rs.getString("document_number"), honourees);
			})
			.optional();
	}

	private static Integer ballot(Decision decision, ToIntFunction<Ballot> figure) {
		return decision.ballot() == null ? null : figure.applyAsInt(decision.ballot());
	}

	/** Who is recording: the signed-in user's name, or "system" for work that runs as nobody. */
	static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user
				? user.getUsername() : "system";
	}

}
