package cn.laurel.award;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.laurel.award.CertificateField.Placement;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Violation;
import cn.laurel.documents.ImageSize;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ZipBundle;
import cn.laurel.publicity.ShortlistEntry;
import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's honours after the decision: the certificate template (fields placed in mm, an optional
 * background checked by what its bytes are), each honouree's certificate, the whole list's certificates as a zip
 * made in the background, and the order list of plaques (奖牌) for organisations.
 */
@Service
class Certificates {

	static final int BACKGROUND_MAX_MEGABYTES = 5;

	private static final List<String> BACKGROUND_TYPES = List.of("image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	private final CertificateTemplates templates;

	private final Decisions decisions;

	private final CertificateDocument document;

	private final CertificateJobs jobs;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxPixels;

	Certificates(CertificateTemplates templates, Decisions decisions, CertificateDocument document,
			CertificateJobs jobs, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			@Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.templates = templates;
		this.decisions = decisions;
		this.document = document;
		this.jobs = jobs;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.maxPixels = maxPixels;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CertificateTemplate template(long campaignId) {
		return this.templates.of(campaignId);
	}

	/** Saves the title, number prefix and places; blank texts fall back to the category and the decision's year. */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CertificateTemplate design(long campaignId, String honourTitle, String numberPrefix,
			Map<CertificateField, Placement> layout) {
		List<Violation> reasons = new ArrayList<>();
		layout.forEach((field, placement) -> {
			if (!placement.fits()) {
				reasons.add(Violation.of(field.name(), "award.certificate.outside", field.messageKey(),
						(int) Placement.WIDTH_MM, (int) Placement.HEIGHT_MM, (int) Placement.MAX_SIZE));
			}
		});
		if (!reasons.isEmpty()) {
			throw new AwardRefused(reasons);
		}
		CertificateTemplate before = this.templates.of(campaignId);
		CertificateTemplate after = new CertificateTemplate(campaignId, blankToNull(honourTitle),
				blankToNull(numberPrefix), layout, before.background());
		save(after, "award.certificate-designed");
		return after;
	}

	/**
	 * Sets the background picture: a JPEG or PNG by its bytes, at most {@value #BACKGROUND_MAX_MEGABYTES} MB and
	 * {@code laurel.uploads.max-pixels}, measured from its header before it is decoded.
	 */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void background(long campaignId, String fileName, byte[] picture) {
		if (picture.length == 0 || picture.length > BACKGROUND_MAX_MEGABYTES * 1024 * 1024) {
			throw refused("award.certificate.background-size", fileName, BACKGROUND_MAX_MEGABYTES);
		}
		ImageSize size = ImageSize.of(picture)
			.filter(s -> BACKGROUND_TYPES.contains(TIKA.detect(picture)))
			.orElseThrow(() -> refused("award.certificate.background-type", fileName));
		if (size.pixels() > this.maxPixels) {
			throw refused("award.certificate.background-pixels", fileName, size.width(), size.height(),
					this.maxPixels / 1_000_000);
		}
		if (!readable(picture)) {
			throw refused("award.certificate.background-type", fileName);
		}
		save(this.templates.of(campaignId).withBackground(picture), "award.certificate-background-set");
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void removeBackground(long campaignId) {
		save(this.templates.of(campaignId).withBackground(null), "award.certificate-background-removed");
	}

	/** One honouree's certificate. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void certificate(long campaignId, long nominationId, Locale locale, OutputStream out) throws IOException {
		Decision decision = decision(campaignId);
		ShortlistEntry honouree = decision.honourees()
			.stream()
			.filter(h -> h.nominationId() == nominationId)
			.findFirst()
			.orElseThrow(() -> refused("award.certificate.not-honoured"));
		this.document.write(this.templates.of(campaignId), decision, honouree, locale, out);
	}

	/**
	 * Starts the certificates of the whole list as a zip of 证书-姓名.pdf files, made in the background. Outside a
	 * transaction: the batch's row is committed on its own before the worker starts.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CertificateJobs.Job startBatch(long campaignId, Locale locale) {
		Decision decision = decision(campaignId);
		CertificateTemplate template = this.templates.of(campaignId);
		return this.jobs.start(campaignId, decision.honourees().size(), (out, tick) -> {
			try (ZipBundle zip = new ZipBundle(out)) {
				for (ShortlistEntry honouree : decision.honourees()) {
					zip.add(this.document.fileName(honouree, locale),
							pdf -> this.document.write(template, decision, honouree, locale, pdf));
					tick.run();
				}
			}
		});
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CertificateJobs.Job batch(long campaignId, String jobId) {
		return this.jobs.find(campaignId, jobId).orElseThrow(() -> refused("award.certificate.no-batch"));
	}

	/** The zip of a finished batch. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public byte[] batchZip(long campaignId, String jobId) {
		return this.jobs.zip(campaignId, jobId).orElseThrow(() -> refused("award.certificate.no-batch"));
	}

	/** The plaques to order: one row per organisation honoured, with the wording engraved on it. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void plaques(long campaignId, Locale locale, OutputStream out) throws IOException {
		Decision decision = decision(campaignId);
		CertificateTemplate template = this.templates.of(campaignId);
		List<ShortlistEntry> organisations = decision.honourees()
			.stream()
			.filter(h -> h.kind() == NomineeKind.COLLECTIVE)
			.toList();
		List<Column<ShortlistEntry>> columns = List.of(
				Column.text(message("award.plaque.column.name", locale), ShortlistEntry::displayName),
				Column.text(message("award.plaque.column.unit", locale), ShortlistEntry::unitName),
				Column.text(message("award.plaque.column.honour", locale),
						h -> CertificateDocument.honour(template, h)),
				Column.text(message("award.plaque.column.wording", locale),
						h -> message("award.plaque.wording", locale, h.displayName(),
								CertificateDocument.honour(template, h), decision.decidingBody(),
								String.valueOf(decision.decidedOn().getYear()),
								String.valueOf(decision.decidedOn().getMonthValue()))));
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(message("award.plaque.sheet", locale), columns,
				organisations)), out);
	}

	private Decision decision(long campaignId) {
		return this.decisions.find(campaignId).orElseThrow(() -> refused("award.certificate.no-decision"));
	}

	private void save(CertificateTemplate after, String action) {
		this.templates.save(after, Decisions.actor(), this.clock.instant());
		this.events.publishEvent(new AwardEvents.Changed(action, after.campaignId(), Map.of("honourTitle",
				String.valueOf(after.honourTitle()), "background", after.hasBackground())));
	}

	private static boolean readable(byte[] picture) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
			return image != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static AwardRefused refused(String code, Object... args) {
		return new AwardRefused(List.of(Violation.of("award", code, args)));
	}

}
