package cn.laurel.award;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.Violation;
import cn.laurel.documents.DocumentNames;
import cn.laurel.documents.NominationDocx;
import cn.laurel.documents.NominationSheet;
import cn.laurel.documents.ZipBundle;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationSheets;
import cn.laurel.nomination.PreliminaryReview;
import cn.laurel.org.Units;
import cn.laurel.publicity.ShortlistEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result as a package for filing (备案) with the superior and for recommending the honourees upward (逐级推荐):
 * a zip of manifest.json (signed with the instance's key, the signature in manifest.sig), the decision PDF and each
 * honouree's Word form, every file's SHA-256 in the manifest. Another campaign imports it after checking the key is
 * trusted, the signature and every digest; each honouree becomes a nomination waiting at 初审.
 */
@Service
public class FilingPackages {

	/** Larger packages are refused before they fill the memory: a result with its forms is a few megabytes. */
	static final int MAX_MEGABYTES = 100;

	private static final String DECISION_PDF = "decision.pdf";

	private final Decisions decisions;

	private final Campaigns campaigns;

	private final Categories categories;

	private final Units units;

	private final DecisionDocument decisionDocument;

	private final NominationReader reader;

	private final PreliminaryReview preliminaryReview;

	private final NominationSheets sheets;

	private final NominationDocx docx;

	private final DocumentNames names;

	private final SigningKey key;

	private final TrustedKeys trusted;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FilingPackages(Decisions decisions, Campaigns campaigns, Categories categories, Units units,
			DecisionDocument decisionDocument, NominationReader reader, PreliminaryReview preliminaryReview,
					NominationSheets sheets,
			NominationDocx docx, DocumentNames names, SigningKey key, TrustedKeys trusted, JsonMapper json,
			JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.campaigns = campaigns;
		this.categories = categories;
		this.units = units;
		this.decisionDocument = decisionDocument;
		this.reader = reader;
		this.preliminaryReview = preliminaryReview;
		this.sheets = sheets;
		this.docx = docx;
		this.names = names;
		this.key = key;
		this.trusted = trusted;
		this.json = json;
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the campaign's signed package. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void write(long campaignId, Locale locale, OutputStream out) throws IOException {
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
		Decision decision = this.decisions.find(campaignId)
			.orElseThrow(() -> refused("award.certificate.no-decision"));
		Map<String, byte[]> files = new LinkedHashMap<>();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.decisionDocument.write(campaign, decision, locale, pdf);
		files.put(DECISION_PDF, pdf.toByteArray());
		List<Manifest.Honouree> honourees = new ArrayList<>();
		for (ShortlistEntry honouree : decision.honourees()) {
			NominationSheet sheet = this.sheets.outgoing(honouree.nominationId(), locale);
			String path = "forms/%02d-%s".formatted(honourees.size() + 1, this.names.fileName(sheet, locale));
			ByteArrayOutputStream form = new ByteArrayOutputStream();
			this.docx.write(sheet, locale, form);
			files.put(path, form.toByteArray());
			List<String> photos = new ArrayList<>();
			for (NominationReader.Photo photo : this.reader.photosForFiling(honouree.nominationId())) {
				String photoPath = "photos/%02d-%d.jpg".formatted(honourees.size() + 1, photos.size() + 1);
				files.put(photoPath, photo.bytes());
				photos.add(photoPath);
			}
			Answers open = withoutPersonal(this.reader.read(honouree.nominationId()));
			honourees.add(new Manifest.Honouree(honouree.nominationId(), honouree.categoryName(),
					honouree.kind().name(), honouree.unitName(), honouree.displayName(), honouree.deedSummary(),
					open.values(), open.tables(), path, photos));
		}
		List<Manifest.FileDigest> digests = files.entrySet()
			.stream()
			.map(file -> new Manifest.FileDigest(file.getKey(), SigningKey.sha256Hex(file.getValue())))
			.toList();
		Manifest manifest = new Manifest(Manifest.FORMAT, this.clock.instant().toString(), this.key.publicKey(),
				new Manifest.CampaignPart(campaignId, campaign.getTitle(), campaign.getEdition()),
				new Manifest.DecisionPart(decision.wording().name(),
						this.messages.getMessage(decision.wording().messageKey(), null, locale),
						decision.decidingBody(), decision.decidedOn().toString(), decision.documentNumber()),
				honourees, digests);
		byte[] manifestBytes = this.json.writeValueAsBytes(manifest);
		byte[] signature = Base64.getEncoder().encode(this.key.sign(manifestBytes));
		try (ZipBundle zip = new ZipBundle(out)) {
			zip.add(Manifest.FILE, entry -> entry.write(manifestBytes));
			zip.add(Manifest.SIGNATURE, entry -> entry.write(signature));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.add(file.getKey(), entry -> entry.write(file.getValue()));
			}
		}
	}

	/** A package that passed every check, with the fingerprint of the key that signed it. */
	public record Verified(Manifest manifest, String fingerprint, String manifestDigest, Map<String, byte[]> files) {
	}

	/**
	 * Checks a package for the campaign: it reads, its key is trusted, the signature holds over the manifest, and
	 * every file is listed with the digest the manifest gives. The first failure is refused, naming what failed.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Verified verify(long campaignId, byte[] zip) {
		Map<String, byte[]> files = unzip(zip);
		byte[] manifestBytes = files.remove(Manifest.FILE);
		byte[] signature = files.remove(Manifest.SIGNATURE);
		if (manifestBytes == null || signature == null) {
			throw refused("award.package.missing", manifestBytes == null ? Manifest.FILE : Manifest.SIGNATURE);
		}
		Manifest manifest;
		try {
			manifest = this.json.readValue(manifestBytes, Manifest.class);
		}
		catch (JacksonException ex) {
			throw refused("award.package.manifest-invalid");
		}
		if (!Manifest.FORMAT.equals(manifest.format()) || manifest.publicKey() == null
				|| !SigningKey.isPublicKey(manifest.publicKey()) || manifest.files() == null
				|| manifest.honourees() == null || manifest.campaign() == null || manifest.decision() == null) {
			throw refused("award.package.manifest-invalid");
		}
		String fingerprint = SigningKey.fingerprint(manifest.publicKey());
		if (!verifies(manifest.publicKey(), manifestBytes, signature)) {
			throw refused("award.package.signature", fingerprint);
		}
		if (!this.trusted.isTrusted(campaignId, fingerprint)) {
			throw refused("award.package.untrusted", fingerprint);
		}
		Map<String, byte[]> listedFiles = new LinkedHashMap<>();
		for (Manifest.FileDigest listed : manifest.files()) {
			byte[] content = files.remove(listed.path());
			if (content == null) {
				throw refused("award.package.file-missing", listed.path());
			}
			if (!SigningKey.sha256Hex(content).equalsIgnoreCase(listed.sha256())) {
				throw refused("award.package.digest", listed.path());
			}
			listedFiles.put(listed.path(), content);
		}
		if (!files.isEmpty()) {
			throw refused("award.package.unlisted", files.keySet().iterator().next());
		}
		return new Verified(manifest, fingerprint, SigningKey.sha256Hex(manifestBytes), listedFiles);
	}

	/**
	 * Verifies the package and makes each honouree a nomination in {@code categoryId} of the campaign from the
	 * sending unit {@code unitId}, waiting at 初审. A package is taken in once per campaign.
	 */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Verified importPackage(long campaignId, Long categoryId, Long unitId, byte[] zip, Locale locale) {
		Category category = categoryId == null ? null
				: this.categories.findById(categoryId).filter(c -> c.getCampaignId() == campaignId).orElse(null);
		if (category == null) {
			throw refused("award.package.category-required");
		}
		if (unitId == null || this.units.findById(unitId).isEmpty()) {
			throw refused("award.package.unit-required");
		}
		Verified verified = verify(campaignId, zip);
		boolean taken = this.jdbc.sql("select count(*) from award_import where campaign_id = ? and manifest_digest = ?")
			.params(campaignId, verified.manifestDigest())
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw refused("award.package.already-imported");
		}
		Manifest manifest = verified.manifest();
		String source = this.messages.getMessage("award.package.source", new Object[] { manifest.campaign().title(),
				manifest.decision().decidingBody(), manifest.decision().decidedOn(), manifest.decision().wordingName(),
				manifest.decision().documentNumber() == null ? "" : manifest.decision().documentNumber(),
				verified.fingerprint() }, locale);
		for (Manifest.Honouree honouree : manifest.honourees()) {
			// verify checked every listed file against its digest; a photo named but not listed is refused
			List<NominationReader.Photo> photos = honouree.photoPaths()
				.stream()
				.map(path -> new NominationReader.Photo(path.substring(path.lastIndexOf('/') + 1),
						Optional.ofNullable(verified.files().get(path))
							.orElseThrow(() -> refused("award.package.file-missing", path))))
				.toList();
			this.preliminaryReview.importNomination(category.getId(), unitId,
					new Answers(honouree.answers(), honouree.tables()), honouree.name(), source, photos);
		}
		this.jdbc.sql("""
				insert into award_import (campaign_id, manifest_digest, source, nominations, imported_by, imported_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(campaignId, verified.manifestDigest(), source, manifest.honourees().size(), Decisions.actor(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new AwardEvents.Changed("award.package-imported", campaignId,
				Map.of("source", source, "category", category.getId(), "unit", unitId, "nominations",
						manifest.honourees().size())));
		return verified;
	}

	private Answers withoutPersonal(Nomination nomination) {
		return nomination.getAnswers().only(this.reader.formOf(nomination).fields().stream()
			.filter(field -> !field.personal())
			.map(FormDefinition.Field::key)
			.collect(Collectors.toSet()));
	}

	private static boolean verifies(String publicKey, byte[] manifest, byte[] signature) {
		try {
			return SigningKey.verify(publicKey, manifest,
					Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Every file of the archive by name; a damaged entry is refused by name (its CRC or compression fails). */
	private static Map<String, byte[]> unzip(byte[] zip) {
		if (zip == null || zip.length == 0) {
			throw refused("award.package.empty");
		}
		if (zip.length > MAX_MEGABYTES * 1024 * 1024) {
			throw refused("award.package.too-large", MAX_MEGABYTES);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		String current = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				current = entry.getName();
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				byte[] buffer = new byte[8192];
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					total += read;
					if (total > MAX_MEGABYTES * 1024L * 1024L) {
						throw refused("award.package.too-large", MAX_MEGABYTES);
					}
					content.write(buffer, 0, read);
				}
				if (!entry.isDirectory() && files.put(current, content.toByteArray()) != null) {
					throw refused("award.package.unlisted", current);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw current == null ? refused("award.package.unreadable")
					: refused("award.package.damaged", current);
		}
		if (files.isEmpty()) {
			throw refused("award.package.unreadable");
		}
		return files;
	}

	private static AwardRefused refused(String code, Object... args) {
		return new AwardRefused(List.of(Violation.of("package", code, args)));
	}

}
