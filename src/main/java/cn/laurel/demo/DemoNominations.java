package cn.laurel.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

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
import cn.laurel.org.LaurelUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's nominations, made through the drafting and endorsing services as the clerks and endorsers of the
 * seed would: one waiting for the town's seal, one waiting for the leader in charge, one draft.
 */
@Component
class DemoNominations {

	private final Drafting drafting;

	private final Endorsing endorsing;

	private final Categories categories;

	private final UserDetailsService users;

	DemoNominations(Drafting drafting, Endorsing endorsing, Categories categories, UserDetailsService users) {
		this.drafting = drafting;
		this.endorsing = endorsing;
		this.categories = categories;
		this.users = users;
	}

	void load(long campaignId, List<DemoSeed.NominationSeed> seeds, LocalDate today) {
		Map<String, Category> byName = new HashMap<>();
		this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
			.forEach(category -> byName.put(category.getName(), category));
		for (DemoSeed.NominationSeed seed : seeds) {
			Category category = byName.get(seed.category());
			long id = as(seed.actingAs(), () -> fill(seed, category));
			for (DemoSeed.EndorsementSeed endorsement : seed.endorsements()) {
				as(endorsement.actingAs(), () -> this.endorsing.endorse(id,
						new Nomination.Opinion(endorsement.agreed(), endorsement.opinion(), signer(), today, null,
								endorsement.electronicSeal())).getId());
			}
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
				new Answers(seed.answers(), seed.tables()), null, false, declarations);
		this.drafting.saveDraft(draft.getId(), revision);
		for (int i = 1; i <= seed.photos(); i++) {
			this.drafting.attach(draft.getId(), FilePurpose.PHOTO, "photo-" + i + ".png", photo(i));
		}
		if (seed.sealedScan()) {
			this.drafting.attach(draft.getId(), FilePurpose.SEALED_SCAN, "scan.pdf", scan());
		}
		if (seed.submit()) {
			List<?> refusals = this.drafting.submit(draft.getId(), revision);
			if (!refusals.isEmpty()) {
				throw new IllegalStateException("Demo nomination refused: " + refusals);
			}
		}
		return draft.getId();
	}

	private long as(String username, LongSupplier action) {
		LaurelUser user = (LaurelUser) this.users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.getAsLong();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private static String signer() {
		return ((LaurelUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).displayName();
	}

	/** A plain coloured picture standing in for a deed photo. */
	private static byte[] photo(int seed) {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 90 + 40 * seed, 160), 800, 600,
				new Color(220, 180, 60)));
		graphics.fillRect(0, 0, 800, 600);
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
