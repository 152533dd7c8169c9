package cn.laurel.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.calendar.WorkingDays;
import cn.laurel.documents.ImageCopies;
import cn.laurel.documents.ImageSize;
import cn.laurel.nomination.PreliminaryReview;
import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) from filing to conclusion. The public files during a 公示's period only; the organiser accepts
 * or declines, assigns the investigation with a deadline in working days, extends it, and records the finding.
 * An upheld objection withdraws the candidate and, where the campaign asks for it, puts the next-ranked fitting
 * candidate forward for a 二次公示.
 */
@Service
public class ObjectionHandling {

	/** Evidence may be a photo, a scan or a document (PDF); other types are refused by their bytes. */
	static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

	public static final int EVIDENCE_MAX_MEGABYTES = 10;

	public static final int EVIDENCE_MAX_FILES = 5;

	/** Evidence photos are read on screen and printed for the file: this keeps detail and drops the bulk. */
	private static final int EVIDENCE_IMAGE_EDGE = 2400;

	private static final Tika TIKA = new Tika();

	private final Objections objections;

	private final PublicityRecords records;

	private final Publicity publicity;

	private final PreliminaryReview preliminaryReview;

	private final WorkingDays workingDays;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxPixels;

	ObjectionHandling(Objections objections, PublicityRecords records, Publicity publicity,
			PreliminaryReview preliminaryReview, WorkingDays workingDays, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, @Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.objections = objections;
		this.records = records;
		this.publicity = publicity;
		this.preliminaryReview = preliminaryReview;
		this.workingDays = workingDays;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.maxPixels = maxPixels;
	}

	/** An evidence file as uploaded. */
	public record Upload(String fileName, byte[] bytes) {
	}

	/**
	 * Files an objection against a candidate publicised in the 公示 open today and returns its case number.
	 * Refused after the period ends, before it starts, without a real name and phone, and for evidence that is
	 * not a photo or PDF or is too large.
	 */
	@Transactional
	public String file(long campaignId, long nominationId, String name, String phone, String content,
			List<Upload> evidence) {
		PublicityRound round = this.publicity.openRound(campaignId).orElseThrow(() -> closed(campaignId));
		boolean shown = this.records.candidates(campaignId).stream()
			.anyMatch(c -> c.entry().nominationId() == nominationId && c.roundNo() == round.roundNo()
					&& !c.isWithdrawn());
		if (!shown) {
			throw new PublicityRefused("publicity.objection.no-such-candidate");
		}
		List<Upload> files = evidence.stream().filter(upload -> upload.bytes().length > 0).toList();
		if (files.size() > EVIDENCE_MAX_FILES) {
			throw new PublicityRefused("publicity.objection.too-many-files", EVIDENCE_MAX_FILES);
		}
		List<String> types = files.stream().map(this::checkedType).toList();
		String caseNumber = this.objections.nextCaseNumber(this.publicity.today().getYear());
		Objection objection = Objection.file(campaignId, caseNumber, nominationId, name, phone, content,
				this.clock.instant());
		long id = store(objection);
		for (int i = 0; i < files.size(); i++) {
			this.objections.addEvidence(id, files.get(i).fileName(), types.get(i), files.get(i).bytes());
		}
		return caseNumber;
	}

	private PublicityRefused closed(long campaignId) {
		List<PublicityRound> rounds = this.records.rounds(campaignId);
		LocalDate today = this.publicity.today();
		return rounds.stream()
			.filter(round -> round.isOver(today))
			.reduce((first, second) -> second)
			.filter(last -> rounds.stream().noneMatch(round -> !round.isOver(today)))
			.map(last -> new PublicityRefused("publicity.objection.period-over", last.endsOn()))
			.orElseGet(() -> new PublicityRefused("publicity.objection.not-open"));
	}

	private String checkedType(Upload upload) {
		if (upload.bytes().length > EVIDENCE_MAX_MEGABYTES * 1024 * 1024) {
			throw new PublicityRefused("publicity.objection.file-too-large", upload.fileName(),
					EVIDENCE_MAX_MEGABYTES);
		}
		String type = TIKA.detect(upload.bytes());
		if (!EVIDENCE_TYPES.contains(type)) {
			throw new PublicityRefused("publicity.objection.file-type", upload.fileName());
		}
		if (type.startsWith("image/")) {
			// measured from the header before anything decodes it
			ImageSize size = ImageSize.of(upload.bytes())
				.orElseThrow(() -> new PublicityRefused("publicity.objection.file-type", upload.fileName()));
			if (size.pixels() > this.maxPixels) {
				throw new PublicityRefused("publicity.objection.too-many-pixels", upload.fileName(), size.width(),
						size.height(), this.maxPixels / 1_000_000);
			}
		}
		return type;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Objection> ofCampaign(long campaignId) {
		return this.objections.ofCampaign(campaignId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection read(long campaignId, long id) {
		return find(campaignId, id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Objections.Evidence> evidenceOf(long campaignId, long id) {
		return this.objections.evidenceOf(find(campaignId, id).getId());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Evidence evidence(long campaignId, long id, long evidenceId) {
		long objectionId = find(campaignId, id).getId();
		Objections.Evidence file = this.objections.evidenceOf(objectionId)
			.stream()
			.filter(e -> e.id() == evidenceId)
			.findFirst()
			.orElseThrow(() -> new PublicityRefused("publicity.objection.not-found"));
		byte[] bytes = this.objections.evidenceContent(objectionId, evidenceId)
			.orElseThrow(() -> new PublicityRefused("publicity.objection.not-found"));
		return file.contentType().startsWith("image/")
				? new Evidence(ImageCopies.CONTENT_TYPE, ImageCopies.withoutMetadata(bytes, EVIDENCE_IMAGE_EDGE))
				: new Evidence(file.contentType(), bytes);
	}

	/** An evidence file as the office reads it: images re-encoded, so without the objector's camera or place. */
	public record Evidence(String contentType, byte[] bytes) {
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection accept(long campaignId, long id) {
		Objection objection = find(campaignId, id);
		objection.accept();
		store(objection);
		return objection;
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection decline(long campaignId, long id, String reason) {
		Objection objection = find(campaignId, id);
		objection.decline(reason);
		store(objection);
		return objection;
	}

	/** Assigns the investigation, due {@code days} working days from today (the campaign's default if null). */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection assign(long campaignId, long id, Investigator investigator, String name, Integer days) {
		Objection objection = find(campaignId, id);
		int given = days == null ? this.records.settings(campaignId).investigationDays() : days;
		objection.assign(investigator, name, deadline(this.publicity.today(), given));
		store(objection);
		return objection;
	}

	/** Extends the deadline by {@code days} more working days after the current one. */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection extend(long campaignId, long id, int days, String reason) {
		Objection objection = find(campaignId, id);
		LocalDate current = objection.getDeadline() == null ? this.publicity.today() : objection.getDeadline();
		objection.extend(deadline(current.plusDays(1), days), reason);
		store(objection);
		return objection;
	}

	/**
	 * Records the finding and the written reply. 成立 withdraws the candidate through 初审's verb and,
	 * where configured, the next-ranked fitting candidate fills in and waits for the next 公示.
	 */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Objection conclude(long campaignId, long id, boolean upheld, String reply) {
		Objection objection = find(campaignId, id);
		objection.conclude(upheld, reply, this.clock.instant());
		store(objection);
		if (upheld) {
			withdraw(campaignId, objection);
		}
		return objection;
	}

	private void withdraw(long campaignId, Objection objection) {
		long nominationId = objection.getNominationId();
		boolean stillShown = this.records.candidates(campaignId).stream()
			.anyMatch(c -> c.entry().nominationId() == nominationId && !c.isWithdrawn());
		if (!stillShown) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		this.preliminaryReview.withdraw(nominationId, this.messages.getMessage("publicity.objection.withdraw-reason",
				new Object[] { objection.getCaseNumber(), objection.getReply() }, locale));
		this.records.markWithdrawn(campaignId, nominationId, this.clock.instant());
		if (!this.records.settings(campaignId).fillIn()) {
			return;
		}
		List<PublicisedCandidate> all = this.records.candidates(campaignId);
		Set<Long> taken = all.stream().map(c -> c.entry().nominationId()).collect(Collectors.toSet());
		int nextRound = this.records.rounds(campaignId).size() + 1;
		this.publicity.shortlist().flatMap(source -> source.nextFitting(campaignId, nominationId, taken)).ifPresent(fillIn -> {
			this.records.add(campaignId, fillIn, nextRound, nominationId);
			this.events.publishEvent(new PublicityEvents.FilledIn(campaignId, nominationId,
					fillIn.nominationId(), nextRound));
		});
	}

	private LocalDate deadline(LocalDate from, int days) {
		if (days < 1 || days > 60) {
			throw new PublicityRefused("publicity.settings.investigation-days");
		}
		return this.workingDays.end(from, days).end();
	}

	private Objection find(long campaignId, long id) {
		return this.objections.find(campaignId, id)
			.orElseThrow(() -> new PublicityRefused("publicity.objection.not-found"));
	}

	private long store(Objection objection) {
		long id = this.objections.save(objection);
		objection.events(id).forEach(this.events::publishEvent);
		return id;
	}

}
