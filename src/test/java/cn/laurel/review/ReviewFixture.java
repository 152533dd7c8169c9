package cn.laurel.review;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds what the review tests need through the public services, with unique names: units and
 * their accounts, a campaign open for nominations with a generic person form, and nominations a
 * clerk filled in (real PNG photos) and submitted.
 */
@Component
final class ReviewFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Units units;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final CampaignSetup setup;

	private final NominationDriver workflow;

	private final Clock clock;

	ReviewFixture(Units units, Accounts accounts, UserDetailsService users, CampaignSetup setup,
			NominationDriver workflow, Clock clock) {
		this.units = units;
		this.accounts = accounts;
		this.users = users;
		this.setup = setup;
		this.workflow = workflow;
		this.clock = clock;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQUENCE.incrementAndGet();
	}

	Unit unit(UnitType type, Unit parent) {
		String code = unique("rv");
		return this.units.save(new Unit(code, code, type, parent == null ? null : parent.getId()));
	}

	Unit squadronStationedAt(Unit town, Unit bureau) {
		Unit squadron = new Unit(unique("rv-sq"), unique("rv-sq"), UnitType.STATIONED_SQUADRON, bureau.getId());
		squadron.stationAt(town.getId());
		return this.units.save(squadron);
	}

	/** An account past its first-login password change, loaded as the login would load it. */
	UserDetails account(Role role, Unit unit, Capacity capacity) {
		String username = unique(role.name().toLowerCase());
		Account account = new Account(username, username + " name", "{noop}unused", role,
				unit == null ? null : unit.getId(), capacity);
		account.changePassword("{noop}unused", Instant.now());
		this.accounts.save(account);
		return this.users.loadUserByUsername(username);
	}

	UserDetails clerkOf(Unit unit) {
		return account(Role.CLERK, unit, null);
	}

	UserDetails endorser(Unit unit, Capacity capacity) {
		return account(Role.ENDORSER, unit, capacity);
	}

	/** Runs {@code work} signed in as {@code user}, as the services check who acts. */
	static <T> T as(UserDetails user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A campaign of {@code office} open for nominations until {@code closesOn}, with one generic person category. */
	Opened campaign(UserDetails organiser, Unit office, LocalDate closesOn, List<NominationLimit> limits,
			List<EndorsementStep> chain) {
		LocalDate today = LocalDate.now(this.clock);
		return as(organiser, () -> {
			Campaign campaign = this.setup.create(office.getId(),
					new Campaign.Basics(unique("评选"), null, null, List.of(), null, 5));
			this.setup.schedule(campaign.getId(),
					List.of(new PhaseWindow(CampaignPhase.NOMINATION, today, closesOn),
							new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, closesOn.plusDays(1), closesOn.plusDays(5)),
							new PhaseWindow(CampaignPhase.DECISION, closesOn.plusDays(6), closesOn.plusDays(8)),
							new PhaseWindow(CampaignPhase.ANNOUNCEMENT, closesOn.plusDays(9), closesOn.plusDays(10))));
			Category category = this.setup.addCategory(campaign.getId(), new Category.Settings(unique("最美"),
					NomineeKind.PERSON, 10, 1, List.of(), List.of(), null), "generic-person");
			this.setup.limitNominations(campaign.getId(), limits);
			this.setup.defineEndorsementChains(campaign.getId(), chain);
			this.setup.advance(campaign.getId(), "tests open nominations at once");
			return new Opened(campaign.getId(), category.getId());
		});
	}

	record Opened(long campaignId, long categoryId) {
	}

	void flagRule(UserDetails organiser, long categoryId, EligibilityRule.Type rule) {
		as(organiser, () -> this.setup.setEligibilityRules(categoryId,
				List.of(new EligibilityRule(rule, EligibilityRule.Mode.FLAG, null, null, null))));
	}

	/** A draft with every answer and one photo, not yet submitted. */
	long draft(UserDetails clerk, long categoryId, String name) {
		return as(clerk, () -> {
			long id = this.workflow.startDraft(categoryId).getId();
			this.workflow.saveDraft(id, revision(name, List.of()));
			this.workflow.attach(id, FilePurpose.PHOTO, "photo.png", png(Color.ORANGE));
			return id;
		});
	}

	/** A submitted nomination; {@code declarations} answer the category's eligibility rules. */
	long submitted(UserDetails clerk, long categoryId, String name, Declaration... declarations) {
		long id = draft(clerk, categoryId, name);
		resubmit(clerk, id, name, declarations);
		return id;
	}

	void resubmit(UserDetails clerk, long id, String name, Declaration... declarations) {
		List<Violation> refusals = as(clerk, () -> this.workflow.submit(id, revision(name, List.of(declarations))));
		assertThat(refusals).isEmpty();
	}

	Nomination read(UserDetails user, long id) {
		return as(user, () -> this.workflow.read(id));
	}

	static Drafting.Revision revision(String name, List<Declaration> declarations) {
		return new Drafting.Revision(new Answers(Map.of("name", name, "gender", "男", "birthMonth", "1985.07",
				"politicalStatus", "群众", "workplaceAndPost", "派驻中队 队员", "phone", "13800000000", "deeds",
				"勤勉履职，群众满意。"), Map.of()), null, false, new ArrayList<>(declarations));
	}

	/** A real PNG image, as a phone or a scanner makes one. */
	static byte[] png(Color color) {
		BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 60, 80);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Seed 000's chain for a 派驻中队: 部门负责人 → 镇街 (seal) → 分管局领导. */
	static List<EndorsementStep> seed000StationedChain() {
		return List.of(Chains.step(UnitType.STATIONED_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, false),
				Chains.step(UnitType.STATIONED_SQUADRON, 2, Capacity.TOWN, EndorserUnit.STATIONED_TOWN, true),
				Chains.step(UnitType.STATIONED_SQUADRON, 3, Capacity.LEADER_IN_CHARGE, EndorserUnit.PARENT_UNIT,
						false));
	}

}
