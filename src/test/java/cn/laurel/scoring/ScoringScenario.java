package cn.laurel.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.campaign.Segment;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static cn.laurel.nomination.NominationScenario.as;

/**
 * A seed 000 campaign (社会监督员评议打分 60 + 网络投票 10 + 领导小组投票 30) with an organising
 * office, built through the campaign's own verbs, and candidates as 初审 leaves them. Names are unique,
 * so tests share the database.
 */
class ScoringScenario {

	static final String SUPERVISORS = "社会监督员评议打分";

	static final String VOTES = "网络投票";

	static final String LEADING_GROUP = "领导小组投票";

	static final String PASSWORD = "Laurel-test-1";

	private final CampaignSetup setup;

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final PanelSetup panels;

	final Unit office;

	final LaurelUser organiser;

	final Campaign campaign;

	ScoringScenario(ApplicationContext context) {
		this.setup = context.getBean(CampaignSetup.class);
		this.units = context.getBean(Units.class);
		this.accounts = context.getBean(Accounts.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.users = context.getBean(UserDetailsService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.panels = context.getBean(PanelSetup.class);
		CampaignSetup setup = this.setup;
		this.office = unit(UnitType.AUTHORITY, null);
		this.organiser = account(Role.ORGANISER, this.office);
		this.campaign = as(this.organiser, () -> {
			Campaign created = setup.create(this.office.getId(),
					new Campaign.Basics("首届“最美综合执法人” " + UUID.randomUUID(), "首届", null, List.of(), null, 5));
			LocalDate today = LocalDate.now();
			setup.schedule(created.getId(), List.of(
					new PhaseWindow(CampaignPhase.NOMINATION, today.minusDays(40), today.minusDays(31)),
					new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, today.minusDays(30), today.minusDays(21)),
					new PhaseWindow(CampaignPhase.VOTING, today.minusDays(20), today.minusDays(11)),
					new PhaseWindow(CampaignPhase.EVALUATION, today.minusDays(10), today.plusDays(10)),
					new PhaseWindow(CampaignPhase.DECISION, today.plusDays(11), today.plusDays(20)),
					new PhaseWindow(CampaignPhase.ANNOUNCEMENT, today.plusDays(21), today.plusDays(30))));
			return setup.weighScoring(created.getId(),
					List.of(new ScoringWeight(ScoringWeight.Source.PANEL, SUPERVISORS, 60),
							new ScoringWeight(ScoringWeight.Source.ONLINE_VOTES, VOTES, 10),
							new ScoringWeight(ScoringWeight.Source.PANEL, LEADING_GROUP, 30)));
		});
	}

	Unit unit(UnitType type, Unit parent) {
		String code = "s-" + UUID.randomUUID().toString().substring(0, 10);
		return this.units.save(new Unit(code, "单位" + code, type, parent == null ? null : parent.getId()));
	}

	/** A signed-in user of a new account that already chose its password {@link #PASSWORD}. */
	LaurelUser account(Role role, Unit unit) {
		String hash = this.passwords.encode(PASSWORD);
		Account account = new Account(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
				"测试" + role, hash, role, unit == null ? null : unit.getId(), null);
		account.changePassword(hash, Instant.now());
		return (LaurelUser) this.users.loadUserByUsername(this.accounts.save(account).getUsername());
	}

	LaurelUser judge(String name) {
		LaurelUser judge = account(Role.JUDGE, null);
		Account account = this.accounts.findById(judge.accountId()).orElseThrow();
		account.rename(name);
		this.accounts.save(account);
		return (LaurelUser) this.users.loadUserByUsername(judge.getUsername());
	}

	Category category(String name, int quota, List<Segment> segments, List<Allocation> allocations) {
		return as(this.organiser, () -> this.setup.addCategory(this.campaign.getId(),
				new Category.Settings(name, NomineeKind.PERSON, quota, 0, segments, allocations, null), "seed000-person"));
	}

	/** A nomination of {@code unit} that passed 初审, with its deeds written. */
	long candidate(Category category, Unit unit, String name, String segment) {
		String answers = "{\"values\": {\"name\": \"" + name + "\", \"deeds\": \"" + name
				+ "同志扎根一线，耐心化解群众矛盾。\"}, \"tables\": {}}";
		return this.jdbc.sql("""
				insert into nomination (campaign_id, category_id, unit_id, form_version, status, display_name, answers,
				  segment, created_by, created_at, submitted_at)
				values (?, ?, ?, 1, 'CANDIDATE', ?, ?::jsonb, ?, 'clerk', ?, ?) returning id""")
			.params(this.campaign.getId(), category.getId(), unit.getId(), name, answers, segment,
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	/** A panel of the campaign judging all candidates of {@code category}. */
	Panel panel(Panel.Settings settings, Category category) {
		return as(this.organiser, () -> {
			Panel panel = this.panels.create(this.campaign.getId(), settings);
			return this.panels.assign(this.campaign.getId(), panel.id(),
					List.of(new Panel.Assignment(category.getId(), true, List.of())));
		});
	}

	/** A new judge seated on the panel, working in {@code unit} if given. */
	LaurelUser seat(Panel panel, String name, Unit unit) {
		LaurelUser judge = judge(name);
		as(this.organiser, () -> this.panels.addMember(this.campaign.getId(), panel.id(), judge.getUsername(),
				unit == null ? null : unit.getId()));
		return judge;
	}

	/** Moves the campaign on until it is in {@code phase}, closing each phase early with a reason. */
	void advanceTo(CampaignPhase phase) {
		as(this.organiser, () -> {
			while (this.setup.campaign(this.campaign.getId()).getPhase() != phase) {
				this.setup.advance(this.campaign.getId(), "测试推进");
			}
		});
	}

}
