package cn.laurel.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormVersions;
import cn.laurel.org.Capacity;
import cn.laurel.system.PersonalData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores nominations with explicit SQL: answers to personal fields are encrypted before they reach
 * the database, and the step a nomination waits at is kept in columns so queues are one query.
 */
@Repository
class Nominations {

	private static final TypeReference<List<ChainStep>> CHAIN = new TypeReference<>() {
	};

	private static final TypeReference<List<Declaration>> DECLARATIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PersonalData personalData;

	private final FormVersions forms;

	Nominations(JdbcClient jdbc, JsonMapper json, PersonalData personalData, FormVersions forms) {
		this.jdbc = jdbc;
		this.json = json;
		this.personalData = personalData;
		this.forms = forms;
	}

	Nomination save(Nomination nomination, Instant now) {
		FormDefinition form = form(nomination.getCategoryId(), nomination.getFormVersion());
		Set<String> personal = form.fields().stream()
			.filter(FormDefinition.Field::personal)
			.map(FormDefinition.Field::key)
			.collect(Collectors.toSet());
		Set<String> open = form.fields().stream()
			.map(FormDefinition.Field::key)
			.filter(key -> !personal.contains(key))
			.collect(Collectors.toSet());
		Answers answers = nomination.getAnswers();
		String personalCipher = personal.isEmpty() ? null
				: this.personalData.encrypt(this.json.writeValueAsString(answers.only(personal)));
		String displayName = form.fields().isEmpty() ? "" : answers.value(form.fields().get(0).key());
		var waiting = nomination.waitingAt();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", nomination.getStatus().name());
		columns.put("display_name", displayName);
		columns.put("answers", this.json.writeValueAsString(answers.only(open)));
		columns.put("personal_answers", personalCipher);
		columns.put("segment", nomination.getSegment());
		columns.put("share_capped", nomination.isShareCapped());
		columns.put("declarations", this.json.writeValueAsString(nomination.getDeclarations()));
		columns.put("person_key", nomination.getPersonKey());
		columns.put("round", nomination.getRound());
		columns.put("chain", this.json.writeValueAsString(nomination.getChain()));
		columns.put("waiting_step", nomination.getWaitingStep());
		columns.put("waiting_unit_id", waiting.map(ChainStep::endorserUnitId).orElse(null));
		columns.put("waiting_capacity", waiting.map(step -> step.capacity().name()).orElse(null));
		columns.put("submitted_at", timestamp(nomination.getSubmittedAt()));
		columns.put("updated_at", Timestamp.from(now));
		columns.put("unit_publicity_starts_on", nomination.getUnitPublicity().startsOn());
		columns.put("unit_publicity_place", nomination.getUnitPublicity().publishedAt());
		long id;
		long version;
		if (nomination.getId() == null) {
			id = this.jdbc.sql("""
					insert into nomination (campaign_id, category_id, unit_id, form_version, created_by, created_at,
					  status, display_name, answers, personal_answers, segment, share_capped, declarations, person_key,
					  round, chain, waiting_step, waiting_unit_id, waiting_capacity, submitted_at, updated_at,
					  unit_publicity_starts_on, unit_publicity_place)
					values (:campaign, :category, :unit, :form, :createdBy, :createdAt,
					  :status, :display_name, :answers::jsonb, :personal_answers, :segment, :share_capped,
					  :declarations::jsonb, :person_key, :round, :chain::jsonb, :waiting_step, :waiting_unit_id,
					  :waiting_capacity, :submitted_at, :updated_at, :unit_publicity_starts_on, :unit_publicity_place)
					returning id""")
				.param("campaign", nomination.getCampaignId())
				.param("category", nomination.getCategoryId())
				.param("unit", nomination.getUnitId())
				.param("form", nomination.getFormVersion())
				.param("createdBy", nomination.getCreatedBy())
				.param("createdAt", Timestamp.from(nomination.getCreatedAt()))
				.params(columns)
				.query(Long.class)
				.single();
			version = 0;
		}
		else {
			int updated = this.jdbc.sql("""
					update nomination set version = version + 1, status = :status, display_name = :display_name,
					  answers = :answers::jsonb, personal_answers = :personal_answers, segment = :segment,
					  share_capped = :share_capped, declarations = :declarations::jsonb, person_key = :person_key,
					  round = :round, chain = :chain::jsonb, waiting_step = :waiting_step,
					  waiting_unit_id = :waiting_unit_id, waiting_capacity = :waiting_capacity,
					  submitted_at = :submitted_at, updated_at = :updated_at,
					  unit_publicity_starts_on = :unit_publicity_starts_on, unit_publicity_place = :unit_publicity_place
					where id = :id and version = :version""")
				.params(columns)
				.param("id", nomination.getId())
				.param("version", nomination.getVersion())
				.update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("Nomination " + nomination.getId() + " changed meanwhile");
			}
			id = nomination.getId();
			version = nomination.getVersion() + 1;
			this.jdbc.sql("delete from nomination_endorsement where nomination_id = ?").param(id).update();
			this.jdbc.sql("delete from nomination_flag where nomination_id = ?").param(id).update();
		}
		saveChildren(id, nomination);
		return nomination.saved(id, version);
	}

	private void saveChildren(long id, Nomination nomination) {
		int position = 0;
		for (Endorsement e : nomination.getEndorsements()) {
			this.jdbc.sql("""
					insert into nomination_endorsement (nomination_id, position, round, step_order, title, capacity,
					  endorser_unit_id, agreed, opinion, signer_name, signed_on, seal_file_id, electronic_seal,
					  account_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, e.round(), e.stepOrder(), e.title(), e.capacity().name(), e.endorserUnitId(), e.agreed(),
						e.opinion(), e.signerName(), e.signedOn(), e.sealFileId(), e.electronicSeal(), e.accountId(),
						Timestamp.from(e.recordedAt()))
				.update();
		}
		position = 0;
		for (Flag f : nomination.getFlags()) {
			this.jdbc.sql("""
					insert into nomination_flag (nomination_id, position, kind, rule, other_nomination_id, cleared_by,
					  cleared_at, clearance) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, f.kind().name(), f.rule() == null ? null : f.rule().name(),
						f.otherNominationId(), f.clearedBy(), timestamp(f.clearedAt()), f.clearance())
				.update();
		}
		// history is only ever added to: the entries made since the nomination was read follow the stored ones
		position = nomination.history().storedCount();
		for (HistoryEntry h : nomination.history().unsaved()) {
			this.jdbc.sql("""
					insert into nomination_history (nomination_id, position, at, actor, action, from_status, to_status,
					  reason) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, Timestamp.from(h.at()), h.actor(), h.action(),
						h.from() == null ? null : h.from().name(), h.to().name(), h.reason())
				.update();
		}
	}

	/** Removes a nomination with everything it holds (answers, files, history). */
	void delete(long id) {
		this.jdbc.sql("delete from nomination where id = ?").param(id).update();
	}

	Optional<Nomination> findById(long id) {
		return this.jdbc.sql("select * from nomination where id = ?").param(id).query(this::map).optional();
	}

	/** Lists nominations without loading their answers' personal parts or their children. */
	List<NominationSummary> summaries(NominationQuery which) {
		return this.jdbc.sql("""
				select n.id, n.campaign_id, n.category_id, n.unit_id, n.display_name, n.status, n.segment,
				  n.share_capped, n.waiting_unit_id, n.waiting_capacity, n.waiting_step, n.submitted_at, n.updated_at,
				  exists (select 1 from nomination_flag f where f.nomination_id = n.id and f.cleared_at is null) as flagged,
				  case when n.status = 'ENDORSING' then (select max(h.at) from nomination_history h
				    where h.nomination_id = n.id and h.action in ('submitted', 'resubmitted', 'endorsed')) end
				    as waiting_since
				from nomination n""" + " where " + which.where() + " order by n.category_id, n.unit_id, n.id")
			.params(which.parameters())
			.query((rs, row) -> new NominationSummary(rs.getLong("id"), rs.getLong("campaign_id"),
					rs.getLong("category_id"), rs.getLong("unit_id"), rs.getString("display_name"),
					NominationStatus.valueOf(rs.getString("status")), rs.getString("segment"),
					rs.getBoolean("share_capped"), (Long) rs.getObject("waiting_unit_id"),
					rs.getString("waiting_capacity") == null ? null : Capacity.valueOf(rs.getString("waiting_capacity")),
					rs.getInt("waiting_step"), instant(rs.getTimestamp("submitted_at")),
					rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("flagged"),
					instant(rs.getTimestamp("waiting_since"))))
			.list();
	}

	/** Every nomination of the campaign, and whether its history records the pass at 初审 (the move to CANDIDATE). */
	List<Candidates.Standing> standings(long campaignId) {
		return this.jdbc.sql("""
				select n.id, n.category_id, n.unit_id, n.segment, n.status,
				  exists (select 1 from nomination_history h
				          where h.nomination_id = n.id and h.to_status = :candidate) as passed
				from nomination n where n.campaign_id = :campaign order by n.id""")
			.param("campaign", campaignId)
			.param("candidate", NominationStatus.CANDIDATE.name())
			.query((rs, row) -> {
				NominationStatus status = NominationStatus.valueOf(rs.getString("status"));
				return new Candidates.Standing(rs.getLong("id"), rs.getLong("category_id"),
						rs.getLong("unit_id"), rs.getString("segment"), status,
						status.isPastReview() && rs.getBoolean("passed"));
			})
			.list();
	}

	/** The unit's other nominations in the campaign that use up places. */
	List<SubmissionPolicy.Sibling> siblings(long campaignId, long unitId, long exceptId,
			Collection<NominationStatus> counted) {
		return this.jdbc.sql("""
				select category_id, segment, share_capped from nomination
				where campaign_id = :campaign and unit_id = :unit and id <> :id and status in (:statuses)""")
			.param("campaign", campaignId)
			.param("unit", unitId)
			.param("id", exceptId)
			.param("statuses", counted.stream().map(Enum::name).toList())
			.query((rs, row) -> new SubmissionPolicy.Sibling(rs.getLong("category_id"), rs.getString("segment"),
					rs.getBoolean("share_capped")))
			.list();
	}

	/** The campaign's other nominations that use up places, from every unit, in the order they were made. */
	List<SubmissionPolicy.Placed> placed(long campaignId, long exceptId, Collection<NominationStatus> counted) {
		return this.jdbc.sql("""
				select id, display_name, unit_id, category_id from nomination
				where campaign_id = :campaign and id <> :id and status in (:statuses) order by id""")
			.param("campaign", campaignId)
			.param("id", exceptId)
			.param("statuses", counted.stream().map(Enum::name).toList())
			.query((rs, row) -> new SubmissionPolicy.Placed(rs.getLong("id"), rs.getString("display_name"),
					rs.getLong("unit_id"), rs.getLong("category_id")))
			.list();
	}

	/** Other submitted nominations of the same person (by keyed hash) in the campaign. */
	List<Long> samePerson(long campaignId, String personKey, long exceptId) {
		return this.jdbc.sql("""
				select id from nomination where campaign_id = ? and person_key = ? and id <> ?
				and status not in ('DRAFT', 'VETOED', 'REJECTED') order by id""")
			.params(campaignId, personKey, exceptId)
			.query(Long.class)
			.list();
	}

	private Nomination map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		long categoryId = rs.getLong("category_id");
		int formVersion = rs.getInt("form_version");
		Answers answers = this.json.readValue(rs.getString("answers"), Answers.class);
		String cipher = rs.getString("personal_answers");
		if (cipher != null) {
			answers = answers.with(this.json.readValue(this.personalData.decrypt(cipher), Answers.class));
		}
		Filing filing = new Filing(answers, rs.getString("segment"), rs.getBoolean("share_capped"),
				this.json.readValue(rs.getString("declarations"), DECLARATIONS),
				new UnitPublicity(rs.getObject("unit_publicity_starts_on", LocalDate.class),
						rs.getString("unit_publicity_place")));
		ChainProgress chain = new ChainProgress(rs.getInt("round"), this.json.readValue(rs.getString("chain"), CHAIN),
				rs.getInt("waiting_step"), endorsements(id));
		return new Nomination(id, rs.getLong("version"), rs.getLong("campaign_id"), categoryId, rs.getLong("unit_id"),
				formVersion, NominationStatus.valueOf(rs.getString("status")), filing, rs.getString("person_key"),
				chain, flags(id), new NominationHistory(history(id)), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("submitted_at")));
	}

	private List<Endorsement> endorsements(long id) {
		return this.jdbc.sql("select * from nomination_endorsement where nomination_id = ? order by position")
			.param(id)
			.query((rs, row) -> new Endorsement(rs.getInt("round"), rs.getInt("step_order"), rs.getString("title"),
					Capacity.valueOf(rs.getString("capacity")), rs.getLong("endorser_unit_id"), rs.getBoolean("agreed"),
					rs.getString("opinion"), rs.getString("signer_name"), rs.getDate("signed_on").toLocalDate(),
					(Long) rs.getObject("seal_file_id"), rs.getBoolean("electronic_seal"), rs.getLong("account_id"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private List<Flag> flags(long id) {
		return this.jdbc.sql("select * from nomination_flag where nomination_id = ? order by position")
			.param(id)
			.query((rs, row) -> new Flag(Flag.Kind.valueOf(rs.getString("kind")),
					rs.getString("rule") == null ? null : EligibilityRule.Type.valueOf(rs.getString("rule")),
					(Long) rs.getObject("other_nomination_id"), rs.getString("cleared_by"),
					instant(rs.getTimestamp("cleared_at")), rs.getString("clearance")))
			.list();
	}

	private List<HistoryEntry> history(long id) {
		return this.jdbc.sql("select * from nomination_history where nomination_id = ? order by position")
			.param(id)
			.query((rs, row) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"),
					rs.getString("from_status") == null ? null : NominationStatus.valueOf(rs.getString("from_status")),
					NominationStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
			.list();
	}

	FormDefinition form(long categoryId, int version) {
		return this.forms.find(categoryId, version)
			.orElseThrow(() -> new IllegalStateException("Form version " + version + " of category " + categoryId
					+ " is missing"))
			.definition();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
