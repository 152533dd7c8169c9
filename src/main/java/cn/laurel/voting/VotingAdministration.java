package cn.laurel.voting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.laurel.campaign.CampaignNotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the campaign's organiser does about voting: set the rules, read counts and flags, invalidate votes. */
@Service
@Transactional
public class VotingAdministration {

	private final VotingCampaigns campaigns;

	private final VoteRuleStore rules;

	private final FraudFlags flags;

	private final VoteTallies tallies;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VotingAdministration(VotingCampaigns campaigns, VoteRuleStore rules, FraudFlags flags, VoteTallies tallies,
			JdbcClient jdbc, JdbcTemplate jdbcTemplate, ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.rules = rules;
		this.flags = flags;
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public VotingCampaign campaign(Long campaignId) {
		return this.campaigns.forOrganiser(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
	}

	/** The rules as saved, or the defaults when none are. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public VoteRules savedRules(Long campaignId) {
		return this.rules.find(campaignId).orElseGet(VoteRules::defaults);
	}

	/** Saves the rules, refusing rules that cannot work; every change is audited. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void saveRules(Long campaignId, VoteRules changed) {
		List<VoteRules.Problem> problems = changed.problems();
		if (!problems.isEmpty()) {
			throw new VotingRefused(problems);
		}
		VoteRules before = this.rules.find(campaignId).orElse(null);
		this.rules.save(campaignId, changed);
		this.campaigns.refresh(campaignId);
		this.events.publishEvent(new VotingEvents.RulesChanged(campaignId, before, changed));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Map<Long, Long> tallies(Long campaignId) {
		return this.tallies.validVotes(campaignId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<FraudFlag> flags(Long campaignId) {
		return this.flags.of(campaignId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Invalidation> invalidations(Long campaignId) {
		return this.jdbc.sql("""
				select id, flag_kind, flag_subject, reason, invalidated_by, invalidated_at, votes
				from vote_invalidation where campaign_id = ? order by id desc
				""")
			.param(campaignId)
			.query((rs, row) -> new Invalidation(rs.getLong(1), FlagKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)))
			.list();
	}

	/**
	 * Marks the valid votes a flag covers as invalid, with the reason, and takes them off the counts
	 * in the same transaction. The votes stay in the table (and still count towards the voter's limits
	 * of the day).
	 *
	 * @return how many votes were invalidated
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public int invalidate(Long campaignId, FlagKind kind, String subject, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new VotingRefused(List.of(new VoteRules.Problem("reason", "voting.fraud.reason-required")));
		}
		FraudFlags.Selection selection = FraudFlags.covering(kind, subject);
		long id = this.jdbc.sql("""
				insert into vote_invalidation (campaign_id, flag_kind, flag_subject, reason, invalidated_by,
				                               invalidated_at, votes)
				values (?, ?, ?, ?, ?, ?, 0) returning id
				""")
			.params(campaignId, kind.name(), subject, reason.strip(), actor(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		Map<VoteStore.CandidateKey, Long> removed = new TreeMap<>();
		this.jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement update = connection.prepareStatement("update vote set invalidation_id = ?"
					+ " where campaign_id = ? and invalidation_id is null and " + selection.condition()
					+ " returning candidate_id")) {
				List<Object> parameters = new ArrayList<>(List.of(id, campaignId));
				parameters.addAll(selection.parameters());
				for (int i = 0; i < parameters.size(); i++) {
					update.setObject(i + 1, parameters.get(i));
				}
				try (ResultSet rows = update.executeQuery()) {
					while (rows.next()) {
						removed.merge(new VoteStore.CandidateKey(campaignId, rows.getLong(1)), -1L, Long::sum);
					}
				}
			}
			VoteStore.addCounts(connection, removed, 0);
			return null;
		});
		int votes = (int) -removed.values().stream().mapToLong(Long::longValue).sum();
		this.jdbc.sql("update vote_invalidation set votes = ? where id = ?").params(votes, id).update();
		this.events.publishEvent(new VotingEvents.VotesInvalidated(campaignId, id, kind, subject, votes, reason.strip()));
		return votes;
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
