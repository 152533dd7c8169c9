package cn.laurel.nomination;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns taking nominations, units, accounts, seed 003's person form filled in, and real
 * images, for the nomination tests that share one database: every name is unique.
 */
final class NominationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final String PASSWORD = "Laurel-nomination-1";

	/** A resident ID with a valid check digit (the GB 11643 example). */
	static final String ID_NUMBER = "11010519491231002X";

	static final String PHONE = "13812345678";

	static final String HOME_ADDRESS = "河南省洛阳市西工区凯旋东路 18 号院 3 号楼";

	/** 个人简历 of seed 003 附件3, month to month without a gap, the last period running 至今. */
	static final List<List<String>> RESUME = List.of(List.of("2005.09", "2009.07", "洛阳师范学院学生"),
			List.of("2009.07", "2015.12", "洛阳市西工区王城路街道办事处科员"),
			List.of("2016.01", "至今", "洛阳市西工区王城路街道金谷社区党委书记"));

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final CampaignSetup setup;

	private final Clock clock;

	NominationFixtures(Units units, Accounts accounts, PasswordEncoder passwords, UserDetailsService users,
			CampaignSetup setup, Clock clock) {
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
		this.setup = setup;
		this.clock = clock;
	}

	/** A campaign in its nomination phase, with one category and the organiser who set it up. */
	record Opened(long campaignId, long categoryId, UserDetails organiser, LocalDate closesOn) {
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQUENCE.incrementAndGet();
	}

	Unit unit(UnitType type, Unit parent) {
		String code = unique(type.name().toLowerCase());
		return this.units.save(new Unit(code, "单位 " + code, type, parent == null ? null : parent.getId()));
	}

	/** An account past its first-login password change, signed in as {@link UserDetails}. */
	UserDetails account(Role role, Unit unit, Capacity capacity) {
		String username = unique(role.name().toLowerCase());
		String hash = this.passwords.encode(PASSWORD);
		Account account = new Account(username, "测试 " + username, hash, role, unit == null ? null : unit.getId(),
				capacity);
		account.changePassword(hash, Instant.now());
		this.accounts.save(account);
		return this.users.loadUserByUsername(username);
	}

	/** A campaign taking nominations from today in one category on the built-in form {@code templateKey}. */
	Opened open(String templateKey) {
		LocalDate today = LocalDate.now(this.clock);
		return open(settings(NomineeKind.PERSON), templateKey, List.of(), List.of(), today.minusDays(1),
				today.plusDays(10));
	}

	/**
	 * A campaign in its nomination phase whose nomination window is {@code opensOn}–{@code closesOn},
	 * with one category, its eligibility rules and the endorsement chain.
	 */
	Opened open(Category.Settings settings, String templateKey, List<EligibilityRule> rules,
			List<EndorsementStep> chain, LocalDate opensOn, LocalDate closesOn) {
		Unit office = unit(UnitType.AUTHORITY, null);
		UserDetails organiser = account(Role.ORGANISER, office, null);
		return as(organiser, () -> {
			Campaign campaign = this.setup.create(office.getId(), new Campaign.Basics(unique("洛阳市“百名先进”推荐"),
					"首届", null, List.of(), null, 3));
			Category category = this.setup.addCategory(campaign.getId(), settings, templateKey);
			if (!rules.isEmpty()) {
				this.setup.setEligibilityRules(category.getId(), rules);
			}
			if (!chain.isEmpty()) {
				this.setup.defineEndorsementChains(campaign.getId(), chain);
			}
			this.setup.schedule(campaign.getId(), List.of(new PhaseWindow(CampaignPhase.NOMINATION, opensOn, closesOn),
					new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, closesOn.plusDays(1), closesOn.plusDays(10)),
					new PhaseWindow(CampaignPhase.DECISION, closesOn.plusDays(11), closesOn.plusDays(15)),
					new PhaseWindow(CampaignPhase.ANNOUNCEMENT, closesOn.plusDays(16), closesOn.plusDays(20))));
			Campaign advanced = this.setup.advance(campaign.getId(), "领导小组决定启动推荐");
			assertThat(advanced.getPhase()).isEqualTo(CampaignPhase.NOMINATION);
			return new Opened(campaign.getId(), category.getId(), organiser, closesOn);
		});
	}

	static Category.Settings settings(NomineeKind kind) {
		return new Category.Settings(unique("党员服务标兵"), kind, 100, 1, List.of(), List.of(), null);
	}

	/** Runs {@code work} signed in as {@code user}, as the services see a request of theirs. */
	static <T> T as(UserDetails user, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** Seed 003 附件3 (党员服务标兵推荐表) filled in as a clerk would, every required field answered. */
	static Map<String, String> personAnswers() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("name", "王秀兰");
		answers.put("gender", "女");
		answers.put("ethnicity", "汉族");
		answers.put("politicalStatus", "中共党员");
		answers.put("nativePlace", "河南省洛阳市");
		answers.put("birthMonth", "1986.03");
		answers.put("workplace", "洛阳市西工区王城路街道金谷社区");
		answers.put("homeAddress", HOME_ADDRESS);
		answers.put("mailingAddress", "洛阳市西工区王城路街道金谷社区居委会");
		answers.put("postcode", "471000");
		answers.put("phone", PHONE);
		answers.put("email", "wangxl@example.com");
		answers.put("idNumber", ID_NUMBER);
		answers.put("workContactName", "李建国");
		answers.put("workContactPost", "街道党工委副书记");
		answers.put("workContactPhone", "0379-63212345");
		answers.put("workContactPostcode", "471000");
		answers.put("awards", "2020年获洛阳市优秀共产党员称号");
		answers.put("deeds", "扎根社区十余年，建立“板凳议事会”，为群众办实事三百余件，推动老旧小区加装电梯十二部。");
		answers.put("material", "王秀兰同志自2016年任金谷社区党委书记以来，坚持把群众的事当作自己的事……");
		return answers;
	}

	/** Seed 003's person form filled in by {@code clerk}, with its portrait and scan, and submitted. */
	static long submitted(NominationWorkflow workflow, UserDetails clerk, Opened opened) {
		return as(clerk, () -> {
			long id = workflow.startDraft(opened.categoryId()).getId();
			workflow.attach(id, FilePurpose.PHOTO, "证件照.png", image(350, 490, "png"));
			workflow.attach(id, FilePurpose.SEALED_SCAN, "推荐表盖章.pdf", pdf());
			assertThat(workflow.submit(id, new NominationWorkflow.Revision(
					new Answers(personAnswers(), Map.of("resume", RESUME)), null, false, List.of())))
				.isEmpty();
			return id;
		});
	}

	/** The edit page's inputs for {@code answers} and the résumé rows, one repeated name per column. */
	static MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, Map<String, String> answers,
			List<List<String>> resume) {
		answers.forEach((key, value) -> request.param("answers." + key, value));
		for (List<String> row : resume) {
			for (int column = 0; column < row.size(); column++) {
				request.param("answers.resume." + column, row.get(column));
			}
		}
		return request;
	}

	/** A blue picture of {@code width} × {@code height} in {@code format} (png, jpg). */
	static byte[] image(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x3a6ea5));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 6, width / 2, height / 2);
		graphics.dispose();
		return encode(image, format);
	}

	/** A PNG of random pixels, which does not compress: about 3 bytes per pixel. */
	static byte[] noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return encode(image, "png");
	}

	/** The smallest document that reads as a PDF, for the signed-and-sealed scan. */
	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] encode(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(ImageIO.write(image, format, out)).isTrue();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
