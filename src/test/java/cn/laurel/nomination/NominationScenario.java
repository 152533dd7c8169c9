package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A campaign open for nominations, with an organising office and the units and accounts a test
 * asks for, all with unique names; verbs run as the account given.
 */
public class NominationScenario {

	private final CampaignSetup setup;

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	/** The organising office, at the top of its tree: the units under it are in its campaigns' nominating scope. */
	public final Unit office;

	public final LaurelUser organiser;

	public NominationScenario(CampaignSetup setup, Units units, Accounts accounts, PasswordEncoder passwords,
			UserDetailsService users, JdbcClient jdbc) {
		this.setup = setup;
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
		this.jdbc = jdbc;
		this.office = unit(UnitType.AUTHORITY, null);
		this.organiser = account(Role.ORGANISER, this.office, null);
	}

	public Unit unit(UnitType type, Unit parent) {
		String code = "u-" + UUID.randomUUID().toString().substring(0, 10);
		return this.units.save(new Unit(code, "单位" + code, type, parent == null ? null : parent.getId()));
	}

	public Unit stationedSquadron(Unit parent, Unit town) {
		Unit squadron = unit(UnitType.STATIONED_SQUADRON, parent);
		squadron.stationAt(town.getId());
		return this.units.save(squadron);
	}

	/** A signed-in user of a new account that already chose its password. */
	public LaurelUser account(Role role, Unit unit, Capacity capacity) {
		String hash = this.passwords.encode("Laurel-test-1");
		Account account = new Account(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
				"测试" + role, hash, role, unit == null ? null : unit.getId(), capacity);
		account.changePassword(hash, Instant.now());
		return (LaurelUser) this.users.loadUserByUsername(this.accounts.save(account).getUsername());
	}

	/**
	 * A campaign in its nomination phase (window around today) with one category on the built-in form
	 * {@code template}, the given limits and chain.
	 */
	public Category openCategory(String template, NomineeKind kind, int quota, List<NominationLimit> limits,
			List<EndorsementStep> chain) {
		LocalDate today = LocalDate.now();
		return openCategory(new Category.Settings("类别", kind, quota, 0, List.of(), List.of(), null), template,
				List.of(), limits, chain, today.minusDays(5), today.plusDays(10));
	}

	/**
	 * A campaign in its nomination phase, taking nominations from {@code opens} to {@code closes}, with
	 * one category of {@code settings} on the built-in form {@code template}, its eligibility rules,
	 * the given limits and chain.
	 */
	public Category openCategory(Category.Settings settings, String template, List<EligibilityRule> rules,
			List<NominationLimit> limits, List<EndorsementStep> chain, LocalDate opens, LocalDate closes) {
		return as(this.organiser, () -> {
			Campaign campaign = this.setup.create(this.office.getId(),
					new Campaign.Basics("评选 " + UUID.randomUUID(), "首届", null, List.of(), null, 5));
			Category category = this.setup.addCategory(campaign.getId(), settings, template);
			this.setup.setEligibilityRules(category.getId(), rules);
			this.setup.schedule(campaign.getId(),
					List.of(new PhaseWindow(CampaignPhase.NOMINATION, opens, closes),
							new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, closes.plusDays(1), closes.plusDays(10)),
							new PhaseWindow(CampaignPhase.DECISION, closes.plusDays(11), closes.plusDays(20)),
							new PhaseWindow(CampaignPhase.ANNOUNCEMENT, closes.plusDays(21), closes.plusDays(30))));
			List<NominationLimit> scoped = limits.stream()
				.map(limit -> limit.categoryId() == null ? limit
						: new NominationLimit(limit.unitType(), category.getId(), limit.minCount(), limit.maxCount()))
				.toList();
			this.setup.limitNominations(campaign.getId(), scoped);
			this.setup.defineEndorsementChains(campaign.getId(), chain);
			this.setup.advance(campaign.getId(), null);
			return this.setup.category(category.getId());
		});
	}

	/**
	 * Puts the campaign straight into {@code phase}, for a test of a later stage that does not walk the stages before
	 * it (the template walks do).
	 */
	public void skipTo(long campaignId, CampaignPhase phase) {
		this.jdbc.sql("update campaign set phase = ? where id = ?").param(phase.name()).param(campaignId).update();
	}

	public static <T> T as(LaurelUser user, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public static void as(LaurelUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
