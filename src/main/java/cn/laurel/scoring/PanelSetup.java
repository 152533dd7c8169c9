package cn.laurel.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Candidates;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the leading-group office does to set up judging: panels, their judges (existing judge accounts,
 * or outsiders invited by a one-time link), which candidates they judge, and the scheme. Nothing
 * changes once scoring is locked. Every change is audited.
 */
@Service
@Transactional
public class PanelSetup {

	/** How long an invitation link works unless the organiser says otherwise. */
	public static final int DEFAULT_INVITATION_DAYS = 7;

	static final int MAX_INVITATION_DAYS = 60;

	/** Rank points start at 100, so a bigger step would leave everyone below the first with nothing. */
	static final BigDecimal MAX_RANK_STEP = BigDecimal.valueOf(100);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Panels panels;

	private final Invitations invitations;

	private final Sheets sheets;

	private final ScoringRecords records;

	private final Campaigns campaigns;

	private final Categories categories;

	private final Candidates candidates;

	private final Accounts accounts;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PanelSetup(Panels panels, Invitations invitations, Sheets sheets, ScoringRecords records, Campaigns campaigns,
			Categories categories, Candidates candidates, Accounts accounts, Units units,
			ApplicationEventPublisher events, Clock clock) {
		this.panels = panels;
		this.invitations = invitations;
		this.sheets = sheets;
		this.records = records;
		this.campaigns = campaigns;
		this.categories = categories;
		this.candidates = candidates;
		this.accounts = accounts;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Panel create(Long campaignId, Panel.Settings settings) {
		requireOpen(campaignId);
		Panel.Settings tidy = settings.tidy();
		ScoringRefused.throwIfAny(PanelRules.settings(tidy, weights(campaignId), this.panels.ofCampaign(campaignId)));
		Panel panel = this.panels.insert(campaignId, tidy, this.clock.instant());
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.panel-created", panel, null, panel));
		return panel;
	}

	/** Changes how a panel judges; its mode and criteria stay as they are once a judge has a sheet. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Panel configure(Long campaignId, long panelId, Panel.Settings settings) {
		Panel before = panel(campaignId, panelId);
		requireOpen(campaignId);
		Panel.Settings tidy = settings.tidy();
		List<Panel> others = this.panels.ofCampaign(campaignId).stream().filter(p -> p.id() != panelId).toList();
		List<Violation> violations = new ArrayList<>(PanelRules.settings(tidy, weights(campaignId), others));
		boolean sheetsChanged = tidy.mode() != before.mode() || !tidy.criteria().equals(before.settings().criteria());
		if (sheetsChanged && this.sheets.anyFor(before.id())) {
			violations.add(Violation.of("criteria", "scoring.rule.panel-has-sheets"));
		}
		ScoringRefused.throwIfAny(violations);
		Panel after = new Panel(before.id(), before.campaignId(), tidy, before.assignments());
		this.panels.update(after);
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.panel-changed", after, before, after));
		return after;
	}

	/** Sets which candidates of which categories the panel judges. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Panel assign(Long campaignId, long panelId, List<Panel.Assignment> assignments) {
		Panel before = panel(campaignId, panelId);
		requireOpen(campaignId);
		Set<Long> categoryIds = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
			.stream()
			.map(Category::getId)
			.collect(Collectors.toSet());
		Map<Long, Long> categoryOf = this.candidates.ofCampaign(campaignId)
			.stream()
			.collect(Collectors.toMap(Candidates.Candidate::id, Candidates.Candidate::categoryId));
		ScoringRefused.throwIfAny(PanelRules.assignments(assignments, categoryIds, categoryOf));
		Panel after = new Panel(before.id(), before.campaignId(), before.settings(), assignments);
		this.panels.update(after);
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.panel-assigned", after, before.assignments(),
				after.assignments()));
		return after;
	}

	/** Seats an existing judge account on the panel, working in {@code unitId} if given. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Member addMember(Long campaignId, long panelId, String username, Long unitId) {
		Panel panel = panel(campaignId, panelId);
		requireOpen(campaignId);
		Account account = this.accounts.findByUsername(username == null ? "" : username.strip())
			.filter(a -> a.getRole() == Role.JUDGE)
			.orElseThrow(() -> ScoringRefused.of("username", "scoring.rule.member-not-a-judge"));
		Long unit = unitId != null ? unitId : account.getUnitId();
		requireUnit(unit);
		if (!this.panels.addMember(panelId, account.getId(), unit, this.clock.instant())) {
			throw ScoringRefused.of("username", "scoring.rule.member-already");
		}
		Member member = this.panels.member(panelId, account.getId()).orElseThrow();
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.member-added", panel, null, member));
		return member;
	}

	/** Takes a judge off the panel; their sheets stay stored but no longer count. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void removeMember(Long campaignId, long panelId, long accountId) {
		Panel panel = panel(campaignId, panelId);
		requireOpen(campaignId);
		Member member = this.panels.member(panelId, accountId)
			.orElseThrow(() -> new ScoringNotFound("member", accountId));
		this.panels.removeMember(panelId, accountId);
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.member-removed", panel, member, null));
	}

	/** A new invitation and the token of its link, which is shown this once and never stored. */
	public record Issued(Invitation invitation, String token) {
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Issued invite(Long campaignId, long panelId, String invitee, Long unitId, int days) {
		Panel panel = panel(campaignId, panelId);
		requireOpen(campaignId);
		if (invitee == null || invitee.isBlank()) {
			throw ScoringRefused.of("invitee", "scoring.rule.invitee-required");
		}
		if (days < 1 || days > MAX_INVITATION_DAYS) {
			throw ScoringRefused.of("days", "scoring.rule.invitation-days", MAX_INVITATION_DAYS);
		}
		requireUnit(unitId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		long id = this.invitations.create(panelId, hash(token), invitee.strip(), unitId, now.plus(Duration.ofDays(days)),
				actor(), now);
		Invitation invitation = this.invitations.ofPanel(panelId)
			.stream()
			.filter(i -> i.id() == id)
			.findFirst()
			.orElseThrow();
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.invitation-created", panel, null, invitation));
		return new Issued(invitation, token);
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void revoke(Long campaignId, long panelId, long invitationId) {
		Panel panel = panel(campaignId, panelId);
		if (!this.invitations.revoke(panelId, invitationId, this.clock.instant())) {
			throw ScoringRefused.of("invitation", "scoring.rule.invitation-not-open");
		}
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.invitation-revoked", panel, invitationId, null));
	}

	/** An invitation with where it stands now. */
	record Listed(Invitation invitation, InvitationState state) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Listed> invitations(Long campaignId, long panelId) {
		Instant now = this.clock.instant();
		return this.invitations.ofPanel(panel(campaignId, panelId).id())
			.stream()
			.map(invitation -> new Listed(invitation, invitation.state(now)))
			.toList();
	}

	/**
	 * The leading group's own members (seed 000 附件1, not its sub-groups' staff) neither on the panel nor invited by a
	 * link still open or used: whom the office has yet to invite where the group votes as a panel (评选领导小组投票).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<String> leadingGroupToInvite(Long campaignId, long panelId) {
		return stillToInvite(campaign(campaignId).getLeadingGroup(), this.panels.members(panel(campaignId, panelId).id()),
				invitations(campaignId, panelId));
	}

	static List<String> stillToInvite(List<GroupMember> group, List<Member> members, List<Listed> invitations) {
		Set<String> reached = new HashSet<>();
		members.forEach(member -> reached.add(member.displayName()));
		invitations.stream()
			.filter(listed -> listed.state() == InvitationState.OPEN || listed.state() == InvitationState.USED)
			.forEach(listed -> reached.add(listed.invitation().invitee()));
		return group.stream()
			.filter(member -> member.subGroup() == null)
			.map(GroupMember::name)
			.distinct()
			.filter(name -> !reached.contains(name))
			.toList();
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void setScheme(Long campaignId, Scheme scheme) {
		requireOpen(campaignId);
		List<String> labels = weights(campaignId).stream().map(ScoringWeight::label).toList();
		if (scheme.votePoints() == null || scheme.rankStep() == null || scheme.rankStep().signum() < 0
				|| scheme.rankStep().compareTo(MAX_RANK_STEP) > 0) {
			throw ScoringRefused.of("rankStep", "scoring.rule.rank-step");
		}
		if (!labels.containsAll(scheme.tieBreaks()) || Set.copyOf(scheme.tieBreaks()).size() != scheme.tieBreaks().size()) {
			throw ScoringRefused.of("tieBreaks", "scoring.rule.tie-breaks");
		}
		Scheme before = this.records.scheme(campaignId);
		this.records.saveScheme(campaignId, scheme);
		this.events.publishEvent(
				ScoringEvents.Changed.ofCampaign("scoring.scheme-changed", campaignId, before, scheme, null));
	}

	/** Gives a judge's submission back so that they can correct it, for a reason that is recorded. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void returnSubmission(Long campaignId, long panelId, long accountId, String reason) {
		Panel panel = panel(campaignId, panelId);
		requireOpen(campaignId);
		if (reason == null || reason.isBlank()) {
			throw ScoringRefused.of("reason", "scoring.rule.reason-required");
		}
		if (!this.sheets.withdrawSubmission(panelId, accountId)) {
			throw ScoringRefused.of("judge", "scoring.rule.not-submitted");
		}
		this.events.publishEvent(new ScoringEvents.Changed("scoring.submission-returned", "scoring-panel",
				String.valueOf(panelId), panel.campaignId(), Map.of("judge", accountId, "submitted", true),
				Map.of("judge", accountId, "submitted", false), reason.strip()));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Panel panel(Long campaignId, long panelId) {
		return this.panels.find(panelId)
			.filter(panel -> panel.campaignId() == campaignId)
			.orElseThrow(() -> new ScoringNotFound("panel", panelId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign campaign(Long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow(() -> new ScoringNotFound("campaign", campaignId));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private void requireOpen(long campaignId) {
		if (this.records.lock(campaignId).isPresent()) {
			throw ScoringRefused.of("lock", "scoring.rule.locked");
		}
	}

	private void requireUnit(Long unitId) {
		if (unitId != null && !this.units.existsById(unitId)) {
			throw ScoringRefused.of("unitId", "scoring.rule.unit-unknown");
		}
	}

	private List<ScoringWeight> weights(long campaignId) {
		return campaign(campaignId).getScoringWeights();
	}

	static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user ? user.getUsername()
				: "system";
	}

}
