package cn.laurel.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.Endorsing;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;

import org.springframework.stereotype.Component;

/**
 * The demo's nominations, made through the drafting and endorsing services as the clerks and endorsers of the
 * seed would: filled, with photos and scans, submitted, and signed along their chains.
 */
@Component
class DemoNominations {

	private final Drafting drafting;

	private final Endorsing endorsing;

	private final Categories categories;

	private final Actors actors;

	private final Clock clock;

	DemoNominations(Drafting drafting, Endorsing endorsing, Categories categories, Actors actors, Clock clock) {
		this.drafting = drafting;
		this.endorsing = endorsing;
		this.categories = categories;
		this.actors = actors;
		this.clock = clock;
	}

	/** Each nomination made and signed at once, in the order given: their ids. */
	List<Long> load(long campaignId, List<DemoSeed.NominationSeed> seeds) {
		List<Long> ids = make(campaignId, seeds);
		for (int i = 0; i < seeds.size(); i++) {
			endorse(ids.get(i), seeds.get(i).endorsements());
		}
		return ids;
	}

	/** Each nomination filled and, when the seed says so, submitted: their ids, in the order given. */
	List<Long> make(long campaignId, List<DemoSeed.NominationSeed> seeds) {
		Map<String, Category> byName = new HashMap<>();
		this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
			.forEach(category -> byName.put(category.getName(), category));
		return seeds.stream()
			.map(seed -> this.actors.as(seed.actingAs(), () -> fill(seed, byName.get(seed.category()))))
			.toList();
	}

	/** The endorsers sign, in chain order, today. */
	void endorse(long id, List<DemoSeed.EndorsementSeed> endorsements) {
		for (DemoSeed.EndorsementSeed endorsement : endorsements) {
			this.actors.as(endorsement.actingAs(), () -> this.endorsing.endorse(id,
					new Nomination.Opinion(endorsement.agreed(), endorsement.opinion(), Actors.signer(),
							LocalDate.now(this.clock), null, endorsement.electronicSeal())));
		}
	}

	private long fill(DemoSeed.NominationSeed seed, Category category) {
		Nomination draft = this.drafting.startDraft(category.getId());
		List<Declaration> declarations = category.getEligibilityRules().stream()
			.map(EligibilityRule::type)
			.filter(type -> !type.fromAnswers())
			.map(type -> new Declaration(type, true, null))
			.toList();
		Drafting.Revision revision = new Drafting.Revision(
				new Answers(seed.answers(), seed.tables()), seed.segment(), false, declarations);
		this.drafting.saveDraft(draft.getId(), revision);
		for (int i = 1; i <= seed.photos(); i++) {
			this.drafting.attach(draft.getId(), FilePurpose.PHOTO, "photo-" + i + ".png", photo(i, seed.portrait()));
		}
		if (seed.sealedScan()) {
			this.drafting.attach(draft.getId(), FilePurpose.SEALED_SCAN, "scan.pdf", scan());
		}
		if (seed.opinionForm()) {
			this.drafting.attach(draft.getId(), FilePurpose.OPINION_FORM, "opinions.pdf", scan());
		}
		if (seed.submit()) {
			List<?> refusals = this.drafting.submit(draft.getId(), revision);
			if (!refusals.isEmpty()) {
				throw new IllegalStateException("Demo nomination refused: " + refusals);
			}
		}
		return draft.getId();
	}

	/** A plain coloured picture standing in for a deed photo, upright for a 证件照. */
	private static byte[] photo(int seed, boolean portrait) {
		int width = portrait ? 450 : 800;
		int height = 600;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 90 + 40 * seed, 160), width, height,
				new Color(220, 180, 60)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-page PDF standing in for the signed-and-sealed scan. */
	private static byte[] scan() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

}
