package cn.laurel.publicity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What publicity and award tests share: a clock they can set to a day of 2026, a shortlist source with fixed
 * entries per campaign (the scoring module's stand-in), and candidates made through the nomination workflow.
 */
public final class PublicityFixtures {

	private PublicityFixtures() {
	}

	/** The beans replacing the real clock and the scoring module in publicity and award tests. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Beans {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

		/** Stands in for the scoring module's shortlist, so tests choose the ranking. */
		@Bean
		@Primary
		FixedShortlist fixedShortlist() {
			return new FixedShortlist();
		}

	}

	/** Beijing time, the system's until a test sets a day. */
	public static class SettableClock extends Clock {

		private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

		private volatile Instant fixed;

		public void set(LocalDate day) {
			this.fixed = day.atTime(9, 0).atZone(BEIJING).toInstant();
		}

		public void reset() {
			this.fixed = null;
		}

		@Override
		public ZoneId getZone() {
			return BEIJING;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			Instant day = this.fixed;
			return day == null ? Instant.now() : day;
		}

	}

	/**
	 * A ranking as the scoring module would give it: the shortlist, and reserves ranked after it. A reserve fits
	 * a withdrawn candidate when it is in the same category and segment, as the real source decides by quota,
	 * segment and allocation.
	 */
	public static class FixedShortlist implements ShortlistSource {

		private final Map<Long, List<ShortlistEntry>> shortlisted = new ConcurrentHashMap<>();

		private final Map<Long, List<ShortlistEntry>> reserves = new ConcurrentHashMap<>();

		public void rank(long campaignId, List<ShortlistEntry> shortlist, List<ShortlistEntry> reserve) {
			this.shortlisted.put(campaignId, List.copyOf(shortlist));
			this.reserves.put(campaignId, List.copyOf(reserve));
		}

		@Override
		public List<ShortlistEntry> shortlist(long campaignId) {
			return this.shortlisted.getOrDefault(campaignId, List.of());
		}

		@Override
		public Optional<ShortlistEntry> nextFitting(long campaignId, long withdrawnNominationId, Set<Long> taken) {
			ShortlistEntry withdrawn = Stream
				.concat(shortlist(campaignId).stream(), this.reserves.getOrDefault(campaignId, List.of()).stream())
				.filter(e -> e.nominationId() == withdrawnNominationId)
				.findFirst()
				.orElseThrow();
			return this.reserves.getOrDefault(campaignId, List.of())
				.stream()
				.filter(e -> e.categoryId() == withdrawn.categoryId()
						&& Objects.equals(e.segment(), withdrawn.segment()) && !taken.contains(e.nominationId()))
				.min(Comparator.comparingInt(ShortlistEntry::rank));
		}

	}

	/** Candidates of one category, each nominated by a unit of its own and passed at 初审 by the organiser. */
	public static List<Nomination> candidates(NominationScenario scenario, NominationDriver workflow,
			Category category, List<String> names) {
		List<Nomination> made = new ArrayList<>();
		for (String name : names) {
			Unit unit = scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office);
			LaurelUser clerk = scenario.account(Role.CLERK, unit, null);
			Nomination nomination = as(clerk, () -> {
				Nomination draft = workflow.startDraft(category.getId());
				workflow.attach(draft.getId(), FilePurpose.PHOTO, "photo.png", png());
				workflow.submit(draft.getId(), new Drafting.Revision(new Answers(Map.of("name", name,
						"gender", "男", "birthMonth", "1985.06", "politicalStatus", "群众", "workplaceAndPost",
						"执法大队队员", "phone", "13800138000", "deeds", "扎根一线，服务群众。"), Map.of()), null, false,
						List.of()));
				return draft;
			});
			made.add(as(scenario.organiser, () -> workflow.pass(nomination.getId())));
		}
		return made;
	}

	/** The entry the shortlist gives for a candidate. */
	public static ShortlistEntry entry(Nomination nomination, Category category, int rank, String name,
			String segment) {
		return new ShortlistEntry(nomination.getId(), category.getId(), category.getName(), 0, rank, name,
				"单位" + nomination.getUnitId(), name + "扎根一线，服务群众。", segment, category.getNomineeKind());
	}

	public static Category openCategory(NominationScenario scenario, NomineeKind kind) {
		return scenario.openCategory("generic-person", kind, 5, List.of(), List.of());
	}

	/** The PDF parses, its text layer holds {@code texts}, and every font of its first page is embedded. */
	public static void assertPdfNamesWithEmbeddedFonts(byte[] pdf, String... texts) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(texts);
			PDResources resources = document.getPage(0).getResources();
			assertThat(resources.getFontNames()).isNotEmpty();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
			}
		}
	}

	public static byte[] png() {
		BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
