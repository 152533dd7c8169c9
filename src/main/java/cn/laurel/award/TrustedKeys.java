package cn.laurel.award;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.Violation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose packages a campaign accepts: keys an administrator trusts for every campaign, keys the organiser trusts
 * for their campaign, and this instance's own key (only this instance holds its private half).
 */
@Service
public class TrustedKeys {

	private final JdbcClient jdbc;

	private final SigningKey own;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrustedKeys(JdbcClient jdbc, SigningKey own, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.own = own;
		this.events = events;
		this.clock = clock;
	}

	/** A trusted key as listed; {@code campaignId} is {@code null} for one trusted by every campaign. */
	record TrustedKey(long id, Long campaignId, String fingerprint, String label, String addedBy) {
	}

	/** The organiser trusts a key for the campaign. */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void trustForCampaign(long campaignId, String publicKey, String label) {
		add(campaignId, publicKey, label);
	}

	/** An administrator trusts a key for every campaign of the instance. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void trustEverywhere(String publicKey, String label) {
		add(null, publicKey, label);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<TrustedKey> of(long campaignId) {
		return this.jdbc.sql("""
				select id, campaign_id, fingerprint, label, added_by from award_trusted_key
				where campaign_id = ? or campaign_id is null order by campaign_id nulls first, id""")
			.param(campaignId)
			.query((rs, row) -> new TrustedKey(rs.getLong("id"), rs.getObject("campaign_id", Long.class),
					rs.getString("fingerprint"), rs.getString("label"), rs.getString("added_by")))
			.list();
	}

	boolean isTrusted(long campaignId, String fingerprint) {
		return fingerprint.equals(this.own.fingerprint()) || this.jdbc.sql("""
				select count(*) from award_trusted_key where fingerprint = ? and (campaign_id = ? or campaign_id is null)""")
			.params(fingerprint, campaignId)
			.query(Long.class)
			.single() > 0;
	}

	private void add(Long campaignId, String publicKey, String label) {
		if (publicKey == null || !SigningKey.isPublicKey(publicKey)) {
			throw new AwardRefused(List.of(Violation.of("publicKey", "award.trust.not-a-key")));
		}
		if (label == null || label.isBlank()) {
			throw new AwardRefused(List.of(Violation.of("label", "award.trust.label-required")));
		}
		String fingerprint = SigningKey.fingerprint(publicKey);
		this.jdbc.sql("""
				insert into award_trusted_key (campaign_id, public_key, fingerprint, label, added_by, added_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(campaignId, publicKey.strip(), fingerprint, label.strip(), Decisions.actor(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new AwardEvents.Changed("award.key-trusted", campaignId,
				Map.of("fingerprint", fingerprint, "label", label.strip())));
	}

}
