package cn.laurel.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Candidates;
import cn.laurel.nomination.NominationReader;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public honour roll (光荣榜): from the decision until a day the organiser may set, by default a year after the
 * decision (the publicity year), everyone may see the honourees by category with photo, unit and deeds (宣传), and
 * nothing else about them.
 */
@Service
public class HonourRoll {

	private final Decisions decisions;

	private final Campaigns campaigns;

	private final NominationReader reader;

	private final Candidates candidates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HonourRoll(Decisions decisions, Campaigns campaigns, NominationReader reader, Candidates candidates,
			JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.campaigns = campaigns;
		this.reader = reader;
		this.candidates = candidates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A roll as shown: the decision's honourees grouped by category, and the last day it is shown. */
	public record Roll(Decision decision, LocalDate visibleUntil) {
	}

	/** The roll while it is shown, for everyone: from 发布表彰 (not when 审定 is recorded) to its last day. */
	@Transactional(readOnly = true)
	public Optional<Roll> published(long campaignId) {
		LocalDate today = LocalDate.now(this.clock);
		boolean announced = this.campaigns.findById(campaignId)
			.filter(campaign -> CampaignAction.SHOW_HONOURS.allowedIn(campaign.getPhase()))
			.isPresent();
		if (!announced) {
			return Optional.empty();
		}
		return this.decisions.find(campaignId)
			.map(decision -> new Roll(decision, visibleUntil(decision)))
			.filter(roll -> !today.isAfter(roll.visibleUntil()));
	}

	/** An honouree on a roll as their own page shows them: the roll's line and the whole deed text (宣传). */
	public record Deeds(ShortlistEntry honouree, String text) {
	}

	/** The whole deeds of an honouree on a roll that is shown, and nothing else. */
	@Transactional(readOnly = true)
	public Optional<Deeds> deeds(long campaignId, long nominationId) {
		return published(campaignId)
			.flatMap(roll -> roll.decision().honourees().stream().filter(h -> h.nominationId() == nominationId).findFirst())
			.map(honouree -> new Deeds(honouree, this.candidates.dossier(nominationId)
				.map(Candidates.Dossier::deeds)
				.orElse(honouree.deedSummary())));
	}

	/** The photo of an honouree on a roll that is shown, and nothing else. */
	@Transactional(readOnly = true)
	public Optional<byte[]> photo(long campaignId, long nominationId) {
		return published(campaignId)
			.filter(roll -> roll.decision().honourees().stream().anyMatch(h -> h.nominationId() == nominationId))
			.flatMap(roll -> this.reader.publicPhoto(nominationId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Optional<LocalDate> visibleUntil(long campaignId) {
		return this.decisions.find(campaignId).map(this::visibleUntil);
	}

	/** Sets the last day the roll is shown; not before the decision (a day before it takes the roll down). */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void showUntil(long campaignId, LocalDate until) {
		Decision decision = this.decisions.find(campaignId)
			.orElseThrow(() -> new AwardRefused(List.of(Violation.of("until", "award.certificate.no-decision"))));
		if (until == null || until.isBefore(decision.decidedOn().minusDays(1))) {
			throw new AwardRefused(List.of(Violation.of("until", "award.roll.until-invalid", decision.decidedOn())));
		}
		this.jdbc.sql("""
				insert into award_roll (campaign_id, visible_until) values (?, ?)
				on conflict (campaign_id) do update set visible_until = excluded.visible_until""")
			.params(campaignId, until)
			.update();
		this.events.publishEvent(new AwardEvents.Changed("award.roll-until-set", campaignId,
				Map.of("visibleUntil", until.toString())));
	}

	private LocalDate visibleUntil(Decision decision) {
		return this.jdbc.sql("select visible_until from award_roll where campaign_id = ?")
			.param(decision.campaignId())
			.query(LocalDate.class)
			.optional()
			.orElseGet(() -> decision.decidedOn().plusYears(1));
	}

}
