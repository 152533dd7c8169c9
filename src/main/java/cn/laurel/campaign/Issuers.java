package cn.laurel.campaign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import cn.laurel.documents.ImageSize;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each campaign's {@link Issuer} and seal (a PNG, checked by its bytes), kept in {@code campaign_issuer} with
 * explicit SQL. Changes are recorded in the audit trail like every other campaign setting.
 */
@Service
public class Issuers {

	public static final int SEAL_MAX_MEGABYTES = 2;

	private static final Tika TIKA = new Tika();

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final Units units;

	private final long maxPixels;

	private final ApplicationEventPublisher events;

	Issuers(JdbcClient jdbc, Campaigns campaigns, Units units, ApplicationEventPublisher events,
			@Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.jdbc = jdbc;
		this.maxPixels = maxPixels;
		this.campaigns = campaigns;
		this.units = units;
		this.events = events;
	}

	/**
	 * What a 公文 of the campaign prints, for whoever may read the document (the 公示公告 is public): the issuer with
	 * the organiser's name standing in for an issuing body not yet set, and the seal.
	 */
	@Transactional(readOnly = true)
	public Letterhead letterhead(long campaignId) {
		Issuer issuer = read(campaignId);
		return new Letterhead(issuer, issuer.issuingBodyOr(organiserName(campaignId)),
				readSeal(campaignId).orElse(null));
	}

	/** Who hosts the campaign as its 公文 say (主办单位): the issuing body, the organiser's name until one is set. */
	@Transactional(readOnly = true)
	public String issuingBody(long campaignId) {
		return read(campaignId).issuingBodyOr(organiserName(campaignId));
	}

	private String organiserName(long campaignId) {
		return this.campaigns.findById(campaignId)
			.map(Campaign::getOrganiserUnitId)
			.flatMap(this.units::findById)
			.map(Unit::getName)
			.orElse("");
	}

	/** The issuer, the issuing body to print, and the seal as PNG ({@code null}: none). */
	public record Letterhead(Issuer issuer, String issuingBody, byte[] seal) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Issuer of(long campaignId) {
		return read(campaignId);
	}

	private Issuer read(long campaignId) {
		return this.jdbc.sql("""
				select issuing_body, recipients, publicity_number, objection_phone, objection_address, objection_method,
				  seal is not null as has_seal
				from campaign_issuer where campaign_id = ?""")
			.param(campaignId)
			.query((rs, row) -> new Issuer(rs.getString("issuing_body"), rs.getString("recipients"),
					rs.getString("publicity_number"), rs.getString("objection_phone"),
					rs.getString("objection_address"), rs.getString("objection_method"), rs.getBoolean("has_seal")))
			.optional()
			.orElseGet(Issuer::none);
	}

	/** The seal as PNG, if one is uploaded. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Optional<byte[]> seal(long campaignId) {
		return readSeal(campaignId);
	}

	private Optional<byte[]> readSeal(long campaignId) {
		return this.jdbc.sql("select seal from campaign_issuer where campaign_id = ? and seal is not null")
			.param(campaignId)
			.query((rs, row) -> rs.getBytes("seal"))
			.optional();
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Issuer describe(long campaignId, Issuer issuer) {
		CampaignRefused.throwIfAny(issuer.check());
		Issuer before = read(campaignId);
		Issuer after = issuer.trimmed(before.hasSeal());
		this.jdbc.sql("""
				insert into campaign_issuer (campaign_id, issuing_body, recipients, publicity_number, objection_phone,
				  objection_address, objection_method)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (campaign_id) do update set issuing_body = excluded.issuing_body,
				  recipients = excluded.recipients, publicity_number = excluded.publicity_number,
				  objection_phone = excluded.objection_phone, objection_address = excluded.objection_address,
				  objection_method = excluded.objection_method""")
			.params(campaignId, after.issuingBody(), after.recipients(), after.publicityNumber(),
					after.objectionPhone(), after.objectionAddress(), after.objectionMethod())
			.update();
		record("campaign.issuer-changed", campaignId, before, after);
		return after;
	}

	/** Sets the seal: a PNG by its bytes (transparent around the stamp), at most 2 MB. */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void seal(long campaignId, String fileName, byte[] png) {
		if (png.length == 0 || png.length > SEAL_MAX_MEGABYTES * 1024 * 1024) {
			throw new CampaignRefused(List.of(Violation.of("seal", "campaign.rule.seal-size", fileName,
					SEAL_MAX_MEGABYTES)));
		}
		if (!"image/png".equals(TIKA.detect(png))) {
			throw new CampaignRefused(List.of(Violation.of("seal", "campaign.rule.seal-type", fileName)));
		}
		// measured from the header before it is decoded: a small file may claim gigabytes of pixels
		ImageSize size = ImageSize.of(png).orElse(new ImageSize(0, 0));
		if (size.pixels() > this.maxPixels) {
			throw new CampaignRefused(List.of(Violation.of("seal", "campaign.rule.seal-pixels", fileName,
					size.width(), size.height(), this.maxPixels / 1_000_000)));
		}
		if (size.pixels() == 0 || !readable(png)) {
			throw new CampaignRefused(List.of(Violation.of("seal", "campaign.rule.seal-type", fileName)));
		}
		storeSeal(campaignId, png, "campaign.seal-set");
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void removeSeal(long campaignId) {
		storeSeal(campaignId, null, "campaign.seal-removed");
	}

	private void storeSeal(long campaignId, byte[] png, String action) {
		this.jdbc.sql("""
				insert into campaign_issuer (campaign_id, seal) values (?, ?)
				on conflict (campaign_id) do update set seal = excluded.seal""")
			.params(campaignId, png)
			.update();
		record(action, campaignId, Map.of(), Map.of("seal", png != null));
	}

	private void record(String action, long campaignId, Object before, Object after) {
		this.events.publishEvent(new CampaignEvents.ConfigurationChanged(action, "campaign",
				String.valueOf(campaignId), campaignId, before, after));
	}

	private static boolean readable(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png)) != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
