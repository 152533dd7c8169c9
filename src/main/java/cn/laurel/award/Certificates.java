package cn.laurel.award;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import cn.laurel.award.CertificateField.Placement;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Issuers;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Violation;
import cn.laurel.documents.ImageSize;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.OfficialDocument;
import cn.laurel.documents.PdfPages;
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
 * background checked by what its bytes are) with a preview of it as typed, each honouree's certificate issued in the
 * name of the campaign's issuing body with its seal, the whole list's certificates as a zip made in the background,
 * and the order list of plaques (奖牌) for organisations with their wording.
 */
@Service
public class Certificates {

	public static final int BACKGROUND_MAX_MEGABYTES = 5;

	/** Enough to read the wording on a screen, small enough to send on every keystroke's pause. */
	private static final float PREVIEW_DPI = 48;

	private static final List<String> BACKGROUND_TYPES = List.of("image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	private final CertificateTemplates templates;

	private final Decisions decisions;

	private final CertificateDocument document;

	private final CertificateJobs jobs;

	private final Issuers issuers;

	private final CampaignSetup campaigns;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxPixels;

	Certificates(CertificateTemplates templates, Decisions decisions, CertificateDocument document,
			CertificateJobs jobs, Issuers issuers, CampaignSetup campaigns, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, @Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.templates = templates;
		this.decisions = decisions;
		this.document = document;
		this.jobs = jobs;
		this.issuers = issuers;
		this.campaigns = campaigns;
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
		requireOnThePage(layout);
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
		CertificateTemplate template = this.templates.of(campaignId);
		this.document.write(template, issued(campaignId, decision.decidedOn()), honouree,
				CertificateDocument.number(template, decision, honouree), locale, out);
	}

	/**
	 * The certificate as the template being edited would print it, before it is saved: for the first honouree of
	 * the kind asked, or before the decision for a sample one dated today, over the saved background.
	 * @return the page as PNG
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public byte[] preview(long campaignId, NomineeKind kind, String honourTitle, String numberPrefix,
			Map<CertificateField, Placement> layout, Locale locale) throws IOException {
		requireOnThePage(layout);
		CertificateTemplate template = new CertificateTemplate(campaignId, blankToNull(honourTitle),
				blankToNull(numberPrefix), layout, this.templates.of(campaignId).background());
		Optional<Decision> decision = this.decisions.find(campaignId);
		ShortlistEntry honouree = decision.stream()
			.flatMap(d -> d.honourees().stream())
			.filter(h -> h.kind() == kind)
			.findFirst()
			.orElseGet(() -> new ShortlistEntry(0, 0, message("award.certificate.sample.honour", locale), 0, 1,
					message("award.certificate.sample.name." + kind, locale),
					message("award.certificate.sample.unit", locale), "", null, kind));
		LocalDate on = decision.map(Decision::decidedOn).orElseGet(() -> LocalDate.now(this.clock));
		int place = decision.map(d -> d.honourees().indexOf(honouree) + 1).filter(p -> p > 0).orElse(1);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.document.write(template, issued(campaignId, on), honouree, CertificateDocument.number(template, on, place),
				locale, pdf);
		return PdfPages.firstPageAsPng(pdf.toByteArray(), PREVIEW_DPI);
	}

	/**
	 * Starts the certificates of the whole list as a zip of 证书-姓名.pdf files, made in the background. Outside a
	 * transaction: the batch's row is committed on its own before the worker starts.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public CertificateJobs.Job startBatch(long campaignId, Locale locale) {
		Decision decision = decision(campaignId);
		CertificateTemplate template = this.templates.of(campaignId);
		CertificateDocument.Issued issued = issued(campaignId, decision.decidedOn());
		return this.jobs.start(campaignId, decision.honourees().size(), (out, tick) -> {
			try (ZipBundle zip = new ZipBundle(out)) {
				for (ShortlistEntry honouree : decision.honourees()) {
					zip.add(this.document.fileName(honouree, locale), pdf -> this.document.write(template, issued,
							honouree, CertificateDocument.number(template, decision, honouree), locale, pdf));
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
		String issuingBody = this.issuers.letterhead(campaignId).issuingBody();
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
								CertificateDocument.honour(template, h), issuingBody,
								OfficialDocument.chineseMonth(decision.decidedOn()))));
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(message("award.plaque.sheet", locale), columns,
				organisations)), out);
	}

	/** Issued by the campaign's 发文机关 (the organiser's name while none is set) under its seal. */
	private CertificateDocument.Issued issued(long campaignId, LocalDate on) {
		Issuers.Letterhead letterhead = this.issuers.letterhead(campaignId);
		return new CertificateDocument.Issued(this.campaigns.campaign(campaignId).getTitle(),
				letterhead.issuingBody(), on, letterhead.seal());
	}

	private static void requireOnThePage(Map<CertificateField, Placement> layout) {
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
